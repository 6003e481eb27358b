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

/** Changes the e2e server's database directly: how a browser test moves a booking's clock back. */
export function updateE2eDatabase(sql: string, ...params: unknown[]): number {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length));
  try {
    db.pragma("busy_timeout = 5000");
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
