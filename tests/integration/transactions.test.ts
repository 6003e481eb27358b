import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";

afterAll(() => db.$disconnect());

const later = (ms: number) => new Date(Date.now() + ms);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Writes made by other requests while one request's transaction is open must be
// neither visible inside it before commit nor lost when it rolls back.
describe("statements running beside an open transaction", () => {
  it("never read the transaction's uncommitted rows and are not lost when it rolls back", async () => {
    // A connected client, as in a running server: a cold one connects lazily and hides the defect.
    await db.spentChallenge.count();
    const inside = `tx:${randomUUID()}`;
    const outside = `outside:${randomUUID()}`;
    let written!: () => void;
    const insideWritten = new Promise<void>((resolve) => (written = resolve));

    const failing = db
      .$transaction(async (tx) => {
        await tx.spentChallenge.create({ data: { signature: inside, expiresAt: later(60_000) } });
        written();
        await pause(300);
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);

    await insideWritten;
    const [created, seenOutside] = await Promise.all([
      db.spentChallenge.create({ data: { signature: outside, expiresAt: later(60_000) } }),
      db.spentChallenge.findUnique({ where: { signature: inside } }),
    ]);
    expect(created.signature).toBe(outside);
    expect(seenOutside).toBeNull();

    expect(await failing).toBe("rolled back on purpose");
    expect(await db.spentChallenge.findUnique({ where: { signature: outside } })).not.toBeNull();
    expect(await db.spentChallenge.findUnique({ where: { signature: inside } })).toBeNull();
  });
});

describe.runIf(config.database.provider === "sqlite")("the SQLite file", () => {
  it("is written ahead to a log, synced at every commit", async () => {
    // A rollback journal costs several file syncs and a file created and deleted per commit, on
    // the one thread that serves every request; a write-ahead log appends and syncs once.
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(journal?.journal_mode).toBe("wal");
    // FULL: an acknowledged booking survives a power cut, not only a crash of the process.
    expect(Number(sync?.synchronous)).toBe(2);
  });
});
