import "server-only";
import { config } from "../config";
import { createDatabaseClient, type Database } from "./connect";

export type { Database, DbExecutor } from "./connect";

const globalForDb = globalThis as unknown as { candleDb?: Database };

/** The one database client of the app. Only data.ts and mutations.ts files import it. */
export const db: Database = globalForDb.candleDb ?? createDatabaseClient(config.database, { logQueries: config.env === "test" });

if (config.env !== "production") globalForDb.candleDb = db;
