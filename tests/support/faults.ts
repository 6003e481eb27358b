import { db } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/provider";

const provider = () => resolveDatabaseTarget(process.env.DATABASE_URL).provider;

/**
 * Makes the database itself refuse one booking's change to `status` (a trigger
 * raising an error), as a disk or connection fault would in the middle of a
 * change. Returns the function that removes the fault.
 */
export async function failBookingStatusChange(bookingId: string, status: string): Promise<() => Promise<void>> {
  const name = `fault_${bookingId.replace(/\W/g, "_")}`;
  const id = bookingId.replace(/'/g, "''");
  const target = status.replace(/'/g, "''");
  if (provider() === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "${name}" BEFORE UPDATE OF "status" ON "Booking" WHEN NEW."id" = '${id}' AND NEW."status" = '${target}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
    );
    return async () => void (await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}"`));
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION "${name}"() RETURNS trigger AS $$ BEGIN IF NEW."id" = '${id}' AND NEW."status"::text = '${target}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE UPDATE ON "Booking" FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}" ON "Booking"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${name}"()`);
  };
}

/** Makes the database refuse to record a reminder of one booking, as a fault mid-transaction would. */
export async function failReminderOf(bookingId: string): Promise<() => Promise<void>> {
  const name = `fault_reminder_${bookingId.replace(/\W/g, "_")}`;
  const id = bookingId.replace(/'/g, "''");
  if (provider() === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "${name}" BEFORE INSERT ON "SessionReminder" WHEN NEW."bookingId" = '${id}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
    );
    return async () => void (await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}"`));
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION "${name}"() RETURNS trigger AS $$ BEGIN IF NEW."bookingId" = '${id}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE INSERT ON "SessionReminder" FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}" ON "SessionReminder"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${name}"()`);
  };
}
