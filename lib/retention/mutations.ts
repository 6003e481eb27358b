import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { dropBookingAuditReasons, pseudonymiseFounderLabels } from "../audit/mutations";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { MAX_DELIVERY_ATTEMPTS } from "../email/retry";
import { subjectWithoutNames } from "../email/templates/subjects";
import { recipientPseudonym } from "../security/pseudonym";
import { hashSecret, newSecret } from "../security/secrets";
import { redactedSubject, retentionCutoffs, type RetentionDays } from "./schedule";

// Every step takes a bounded batch and guards each write on the row still
// being as it found it (not yet erased, label unchanged), so several instances
// may run it at once: one of them does each row, the others count nothing.
const BATCH = 500;

/** Erases the founder's personal fields from these bookings, once each; returns how many it erased. */
export async function anonymiseBookings(ids: readonly string[], now: Date, executor: DbExecutor = db): Promise<number> {
  let count = 0;
  for (const id of ids) {
    // A fresh unguessable hash per row: the old manage link stops working, and the column stays unique.
    const erased = await executor.booking.updateMany({
      where: { id, anonymisedAt: null },
      data: {
        founderName: "",
        founderEmail: "",
        founderTimeZone: "UTC",
        message: "",
        cancelReason: null,
        confirmTokenHash: null,
        manageTokenHash: hashSecret(newSecret()),
        anonymisedAt: now,
      },
    });
    count += erased.count;
  }
  if (ids.length === 0) return 0;
  await executor.coFounder.deleteMany({ where: { bookingId: { in: [...ids] } } });
  await executor.sessionFeedback.updateMany({ where: { bookingId: { in: [...ids] }, comment: { not: null } }, data: { comment: null } });
  await dropBookingAuditReasons(ids, executor);
  await eraseEmails({ bookingId: { in: [...ids] }, OR: [{ sentAt: { not: null } }, { attempts: { gte: MAX_DELIVERY_ATTEMPTS } }] }, now, executor);
  return count;
}

type OutboxWhere = NonNullable<Parameters<DbExecutor["outboxEmail"]["findMany"]>[0]>["where"];

/** Erases the bodies of matching messages not yet erased: what stays is who (as a pseudonym), what kind, and when. */
async function eraseEmails(where: OutboxWhere, now: Date, executor: DbExecutor = db): Promise<number> {
  const rows = await executor.outboxEmail.findMany({ where: { ...where, erasedAt: null }, select: { id: true, to: true, subject: true }, take: BATCH });
  let count = 0;
  for (const row of rows) {
    const english = redactedSubject(row.subject);
    const subject = english !== row.subject ? english : ((await subjectWithoutNames(row.subject)) ?? row.subject);
    const erased = await executor.outboxEmail.updateMany({
      where: { id: row.id, erasedAt: null },
      data: {
        to: recipientPseudonym(row.to, config.secret),
        subject,
        text: "",
        html: "",
        ics: null,
        lastError: null,
        erasedAt: now,
      },
    });
    count += erased.count;
  }
  return count;
}

/** Messages whose body or invite names the address, in any case PostgreSQL would match (SQLite's LIKE already ignores ASCII case). */
function mentioning(address: string): NonNullable<OutboxWhere> {
  const contains = { contains: address, ...(config.database.provider === "postgres" ? { mode: "insensitive" } : {}) } as { contains: string };
  return { OR: [{ text: contains }, { html: contains }, { ics: contains }] };
}

/**
 * Every message to an address: those still to send are dropped, the rest
 * erased. So is every message already sent (or given up on) to anyone else that
 * names the address, such as a co-founder's invite to the other founders or the
 * volunteer's list of co-founders; those still to send go out as queued and are
 * erased with the rest of the old mail (RETENTION_EMAIL_DAYS).
 */
export async function eraseMailTo(address: string, now: Date, executor: DbExecutor = db): Promise<number> {
  await executor.outboxEmail.deleteMany({ where: { to: address, sentAt: null } });
  let count = 0;
  for (let erased = -1; erased !== 0; count += erased) erased = await eraseEmails({ to: address }, now, executor);
  const done = { OR: [{ sentAt: { not: null } }, { attempts: { gte: MAX_DELIVERY_ATTEMPTS } }] };
  for (let erased = -1; erased !== 0; count += erased) erased = await eraseEmails({ AND: [done, mentioning(address)] }, now, executor);
  return count;
}

/** Messages sent (or given up on) long enough ago, and any sent since about a booking already anonymised. */
export async function eraseOldEmails(now: Date, days: RetentionDays = config.retention): Promise<number> {
  const { emailsSentBy } = retentionCutoffs(now, days);
  const old = await eraseEmails(
    { OR: [{ sentAt: { lte: emailsSentBy } }, { sentAt: null, attempts: { gte: MAX_DELIVERY_ATTEMPTS }, createdAt: { lte: emailsSentBy } }] },
    now,
  );
  // A cancellation told to the volunteer after the founder erased their data goes
  // out first, then is erased here. One joined query, so those messages are found
  // however much other sent mail waits for the retention rule.
  const late = await db.$queryRaw<{ id: string }[]>(sql`
    SELECT "OutboxEmail"."id" FROM "OutboxEmail" JOIN "Booking" ON "Booking"."id" = "OutboxEmail"."bookingId"
    WHERE "OutboxEmail"."erasedAt" IS NULL AND "OutboxEmail"."sentAt" IS NOT NULL AND "Booking"."anonymisedAt" IS NOT NULL
    LIMIT ${BATCH}`);
  const erasedLate = late.length ? await eraseEmails({ id: { in: late.map((row) => row.id) } }, now) : 0;
  return old + erasedLate;
}

/** Holds and requests never confirmed, once they have lapsed long enough: the row stays for the statistics, nothing personal in it. */
export async function anonymiseLapsedHolds(now: Date, days: RetentionDays = config.retention): Promise<number> {
  const { holdsLapsedBy } = retentionCutoffs(now, days);
  const rows = await db.booking.findMany({
    where: { anonymisedAt: null, status: { in: ["pending", "requested", "expired"] }, expiresAt: { lte: holdsLapsedBy } },
    select: { id: true },
    take: BATCH,
  });
  return anonymiseBookings(
    rows.map((row) => row.id),
    now,
  );
}

/** Bookings whose session ended long enough ago, whatever became of them. */
export async function anonymisePastBookings(now: Date, days: RetentionDays = config.retention): Promise<number> {
  const { sessionsEndedBy } = retentionCutoffs(now, days);
  const rows = await db.booking.findMany({ where: { anonymisedAt: null, endsAt: { lte: sessionsEndedBy } }, select: { id: true }, take: BATCH });
  return anonymiseBookings(
    rows.map((row) => row.id),
    now,
  );
}

/** Rewrites audit rows written when founders were named by address. */
export async function pseudonymiseFounderAudit(): Promise<number> {
  return pseudonymiseFounderLabels(BATCH);
}

/** Sign-in links, signed-in sessions and "My data" links past their time. */
export async function purgeExpiredTokens(now: Date): Promise<number> {
  const [links, sessions, dataLinks] = await Promise.all([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.dataAccessLink.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return links.count + sessions.count + dataLinks.count;
}

export interface RetentionCounts {
  erasedEmails: number;
  anonymisedHolds: number;
  anonymisedBookings: number;
  pseudonymisedAudit: number;
  purgedTokens: number;
}

/** Every retention step, in an order where each leaves less for the next. Counts only: nothing personal to log. */
export async function applyRetention(now = new Date(), days: RetentionDays = config.retention): Promise<RetentionCounts> {
  const anonymisedHolds = await anonymiseLapsedHolds(now, days);
  const anonymisedBookings = await anonymisePastBookings(now, days);
  const erasedEmails = await eraseOldEmails(now, days);
  const pseudonymisedAudit = await pseudonymiseFounderAudit();
  const purgedTokens = await purgeExpiredTokens(now);
  return { erasedEmails, anonymisedHolds, anonymisedBookings, pseudonymisedAudit, purgedTokens };
}
