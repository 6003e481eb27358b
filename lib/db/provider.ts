import path from "node:path";

/** Where the data lives, decided from DATABASE_URL alone. */
export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgres"; connectionString: string; schema: string | undefined };

export const DEFAULT_SQLITE_URL = "file:./data/candle.db";

/**
 * `file:` URLs (or nothing) select the embedded SQLite file; relative paths are
 * taken from the project root. `postgres://` and `postgresql://` select PostgreSQL;
 * a `schema` query parameter picks the schema, as in Prisma's own URLs.
 */
export function resolveDatabaseTarget(url: string | undefined, root = process.cwd()): DatabaseTarget {
  const value = url?.trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//.test(value)) {
    const parsed = new URL(value);
    const schema = parsed.searchParams.get("schema") ?? undefined;
    parsed.searchParams.delete("schema");
    return { provider: "postgres", connectionString: parsed.toString(), schema };
  }
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length).replace(/^\/\//, "");
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/candle.db");
    return { provider: "sqlite", file: path.resolve(root, file) };
  }
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${value.split(":")[0]}:…")`);
}

/**
 * node-postgres settings for a PostgreSQL target. The schema goes into the
 * session's search_path so that migrations and raw SQL land in it too, not only
 * the queries Prisma qualifies itself.
 */
export function postgresPoolConfig(target: Extract<DatabaseTarget, { provider: "postgres" }>) {
  return {
    connectionString: target.connectionString,
    ...(target.schema ? { options: `-c search_path="${target.schema.replace(/"/g, '""')}"` } : {}),
  };
}
