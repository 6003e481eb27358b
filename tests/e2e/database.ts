import Database from "better-sqlite3";
import { E2E_DATABASE_URL } from "./env";

/** Reads the e2e server's database directly, to check what a test could not see in the browser. */
export function queryE2eDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
