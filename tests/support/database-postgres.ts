import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropPostgresSchema, migrateDatabase } from "../../scripts/database";

/**
 * One fresh schema per run in the database named by TEST_POSTGRES_URL, so runs
 * on a shared server never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const base = new URL(process.env.TEST_POSTGRES_URL!);
  base.searchParams.set("schema", `candle_test_${randomBytes(4).toString("hex")}`);
  const url = base.toString();
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return () => dropPostgresSchema(url);
}
