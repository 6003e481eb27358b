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

const DAY = 86_400_000;

/**
 * The e2e server reminds 720 hours ahead: moving a booking's confirmation 31 days
 * back makes its reminder due at the next housekeeping run (every 2 s there).
 */
export function confirmedLongAgo(founderEmail: string) {
  const [row] = queryE2eDatabase<{ confirmedAt: string }>(`SELECT "confirmedAt" FROM "Booking" WHERE "founderEmail" = ?`, founderEmail);
  if (!row) throw new Error(`no booking by ${founderEmail}`);
  const earlier = new Date(Date.parse(row.confirmedAt) - 31 * DAY).toISOString();
  // Written in the same text form the app stores.
  const stored = row.confirmedAt.endsWith("Z") ? earlier : earlier.replace("Z", "+00:00");
  if (updateE2eDatabase(`UPDATE "Booking" SET "confirmedAt" = ? WHERE "founderEmail" = ?`, stored, founderEmail) !== 1) {
    throw new Error(`could not move the confirmation of ${founderEmail}`);
  }
}

/**
 * Moves a founder's session into the past, ended `hoursAgo` hours ago (a few
 * minutes off the hour, so it cannot meet another test's session): the e2e
 * server asks how it went two hours after the end, at its next housekeeping run.
 */
export function sessionEnded(founderEmail: string, hoursAgo: number) {
  const endsAt = new Date(Date.now() - hoursAgo * 3_600_000 - Math.floor(Math.random() * 50) * 60_000);
  const startsAt = new Date(endsAt.getTime() - 3_600_000);
  const [row] = queryE2eDatabase<{ startsAt: string }>(`SELECT "startsAt" FROM "Booking" WHERE "founderEmail" = ?`, founderEmail);
  if (!row) throw new Error(`no booking by ${founderEmail}`);
  const stored = (date: Date) => (row.startsAt.endsWith("Z") ? date.toISOString() : date.toISOString().replace("Z", "+00:00"));
  if (updateE2eDatabase(`UPDATE "Booking" SET "startsAt" = ?, "endsAt" = ? WHERE "founderEmail" = ?`, stored(startsAt), stored(endsAt), founderEmail) !== 1) {
    throw new Error(`could not move the session of ${founderEmail}`);
  }
}

/** An organiser of this test's own, so tests signing in at once never pick up each other's sign-in mail. */
export function createE2eOrganiser(email: string) {
  const now = new Date().toISOString();
  updateE2eDatabase(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, 'organiser', ?, ?)`,
    `organiser-${email}`,
    email,
    "Test Organiser",
    now,
    now,
  );
}
