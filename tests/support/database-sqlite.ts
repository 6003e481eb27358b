import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../scripts/database";

/** One fresh, migrated SQLite file per run of the integration suite. */
export default async function setup(project: TestProject) {
  const dir = path.resolve(import.meta.dirname, "../.artifacts");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `integration-${process.pid}-${Date.now()}.db`);
  const url = `file:${file}`;
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
