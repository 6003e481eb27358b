import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { postgresPoolConfig, resolveDatabaseTarget } from "./lib/db/provider";

try {
  process.loadEnvFile();
} catch {
  // No .env file: the defaults apply.
}

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const folder = path.join("prisma", target.provider);

// The CLI runs on the JavaScript schema engine (no binary download). For
// PostgreSQL it uses adapter-pg 7.x, whose introspection works with migrate
// (6.19 fails on `name` columns); the app itself runs on 6.19.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (target.provider === "postgres") {
      const { PrismaPg } = await import("pg-adapter-migrate");
      return new PrismaPg(postgresPoolConfig(target), { schema: target.schema });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.file });
  },
});
