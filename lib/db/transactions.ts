// One set of rules for every transaction and for reading what the database refused.

/** How long a transaction may wait for a connection and run: long enough for a slow disk, short enough to give up. */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/** Prisma's code for what the database refused, if it refused something. */
export function databaseErrorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** A unique index said no: someone else wrote the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return databaseErrorCode(error) === "P2002";
}
