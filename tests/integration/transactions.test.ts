import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
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
