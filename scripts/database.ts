import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresPoolConfig, resolveDatabaseTarget } from "../lib/db/provider";

const root = path.resolve(import.meta.dirname, "..");

/** Creates what the database URL points at (SQLite folder, PostgreSQL schema) and applies every migration. */
export async function migrateDatabase(databaseUrl: string | undefined) {
  const target = resolveDatabaseTarget(databaseUrl, root);
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
  } else if (target.schema) {
    const client = new pg.Client(postgresPoolConfig({ ...target, schema: undefined }));
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  }
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl ?? "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Drops a PostgreSQL schema made for one test run. */
export async function dropPostgresSchema(databaseUrl: string) {
  const target = resolveDatabaseTarget(databaseUrl, root);
  if (target.provider !== "postgres" || !target.schema) return;
  const client = new pg.Client(postgresPoolConfig({ ...target, schema: undefined }));
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${target.schema.replace(/"/g, '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}
