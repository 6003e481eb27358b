import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresPoolConfig, resolveDatabaseTarget } from "./provider";

describe("resolveDatabaseTarget", () => {
  it("defaults to the SQLite file in data/", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/candle")).toEqual({
      provider: "sqlite",
      file: path.join("/srv/candle", "data/candle.db"),
    });
    expect(resolveDatabaseTarget("  ", "/srv/candle").provider).toBe("sqlite");
  });

  it("resolves relative and absolute file: URLs", () => {
    expect(resolveDatabaseTarget("file:./other.db", "/srv/candle")).toEqual({ provider: "sqlite", file: "/srv/candle/other.db" });
    expect(resolveDatabaseTarget("file:/var/lib/candle.db", "/srv")).toEqual({ provider: "sqlite", file: "/var/lib/candle.db" });
  });

  it("takes the schema out of a PostgreSQL URL and into search_path", () => {
    const target = resolveDatabaseTarget("postgresql://app:pw@db:5432/candle?schema=run_1&sslmode=require");
    expect(target).toEqual({
      provider: "postgres",
      connectionString: "postgresql://app:pw@db:5432/candle?sslmode=require",
      schema: "run_1",
    });
    if (target.provider !== "postgres") throw new Error("expected postgres");
    expect(postgresPoolConfig(target).options).toBe('-c search_path="run_1"');
    expect(resolveDatabaseTarget("postgres://db/candle")).toMatchObject({ provider: "postgres", schema: undefined });
  });

  it("rejects other URLs with a message that names the accepted forms", () => {
    expect(() => resolveDatabaseTarget("mysql://db/candle")).toThrow(/file: or postgresql:\/\//);
    expect(() => resolveDatabaseTarget("file:")).toThrow(/needs a path/);
  });
});
