import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient, type Prisma } from "./generated/sqlite/client";
import { postgresPoolConfig, type DatabaseTarget } from "./provider";
import { SerialisedBetterSQLite3 } from "./sqlite-serialised";

/**
 * Both generated clients come from one schema and expose the same API; the app
 * is typed against the SQLite one, the narrower of the two.
 */
export type Database = SqliteClient;

/** The client or an interactive transaction: what mutations that compose take. */
export type DbExecutor = Database | Prisma.TransactionClient;

/** A client that reports each SQL statement it runs (for tests that count queries). */
export interface QueryEvents {
  $on(event: "query", listener: (event: { query: string }) => void): void;
}

export function createDatabaseClient(target: DatabaseTarget, options: { logQueries?: boolean } = {}): Database {
  const log = options.logQueries ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  if (target.provider === "postgres") {
    const adapter = new PrismaPg({ ...postgresPoolConfig(target), max: 10 }, { schema: target.schema });
    return new PostgresClient({ adapter, log }) as unknown as Database;
  }
  return new SqliteClient({ adapter: new SerialisedBetterSQLite3({ url: target.file }), log });
}
