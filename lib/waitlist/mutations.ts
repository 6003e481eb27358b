import "server-only";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
import { randomUUID } from "node:crypto";
import { lockMentor } from "../availability/mutations";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { hashSecret } from "../security/secrets";
import { listMentorsWithFreeTime, listToldAddresses, listWaitingEntries, toldKey, type WaitingEntry } from "./data";
import { waitlistLinkHashes } from "./links";
import { waitingFor } from "./matching";
import { waitlistConfirmMessage, waitlistFreedMessage } from "./messages";
import { CONFIRM_WINDOW_MS, KEEP_ENDED_MS, RESEND_AFTER_MS, WAIT_MS } from "./schema";

export type WaitlistTarget = { mentorId: string; mentorName: string } | { topicId: string | null; topicName: string | null; language: string | null };

/**
 * Puts an address on a waitlist, unconfirmed, and emails it a confirmation
 * link: nothing else is ever sent to an address that has not confirmed. Asking
 * again for the same thing sends nothing while an earlier request is confirmed
 * or its email is under an hour old (that link still works); after that the
 * same link is sent again. Two sign-ups racing each other may both be written:
 * the notifier tells one address of one slot once whatever its entries.
 */
export async function signUpForWaitlist(
  input: { email: string; timeZone: string; locale?: Locale; target: WaitlistTarget },
  now = new Date(),
): Promise<"sent" | "unchanged"> {
  const { email, timeZone, target } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const wants =
    "mentorId" in target
      ? { mentorId: target.mentorId, topicId: null, language: null }
      : { mentorId: null, topicId: target.topicId, language: target.language };
  const confirmBy = new Date(now.getTime() + CONFIRM_WINDOW_MS);
  const about = "mentorId" in target ? { mentorName: target.mentorName } : target;
  return db.$transaction(async (tx) => {
    const open = await tx.waitlistEntry.findFirst({
      where: { email, ...wants, expiresAt: { gt: now } },
      select: { id: true, confirmedAt: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    });
    if (open && (open.confirmedAt || open.createdAt.getTime() > now.getTime() - RESEND_AFTER_MS)) return "unchanged";
    let entryId: string;
    if (open) {
      entryId = open.id;
      // Not yet confirmed, so its place in the queue is this sign-up's.
      await tx.waitlistEntry.update({ where: { id: open.id }, data: { createdAt: now, expiresAt: confirmBy, timeZone, locale }, select: { id: true } });
    } else {
      entryId = randomUUID();
      await tx.waitlistEntry.create({
        data: { id: entryId, email, ...wants, timeZone, locale, ...waitlistLinkHashes(config.secret, entryId), expiresAt: confirmBy, createdAt: now },
        select: { id: true },
      });
    }
    await enqueueEmail(await waitlistConfirmMessage({ id: entryId, email, timeZone, locale, expiresAt: confirmBy }, about), tx);
    return "sent";
  }, TRANSACTION_OPTIONS);
}

export type ConfirmOutcome = "confirmed" | "already" | "ended" | "missing";

/** Confirms an entry; from then it waits 30 days. Confirming twice changes nothing. */
export async function confirmWaitlistEntry(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const entry = await db.waitlistEntry.findUnique({ where: { confirmTokenHash: hashSecret(token) }, select: { id: true } });
  if (!entry) return "missing";
  const { count } = await db.waitlistEntry.updateMany({
    where: { id: entry.id, confirmedAt: null, expiresAt: { gt: now } },
    data: { confirmedAt: now, expiresAt: new Date(now.getTime() + WAIT_MS) },
  });
  if (count === 1) return "confirmed";
  const current = await db.waitlistEntry.findUnique({ where: { id: entry.id }, select: { confirmedAt: true, expiresAt: true } });
  return current?.confirmedAt && current.expiresAt > now ? "already" : "ended";
}

/**
 * The link proves the address is the founder's, so it takes that address off
 * every waitlist at once: one click stops all waitlist mail to it.
 */
export async function unsubscribeFromWaitlists(token: string): Promise<number> {
  const entry = await db.waitlistEntry.findUnique({ where: { unsubscribeTokenHash: hashSecret(token) }, select: { email: true } });
  if (!entry) return 0;
  const { count } = await db.waitlistEntry.deleteMany({ where: { email: entry.email } });
  return count;
}

/** Drops unconfirmed entries whose link has lapsed, and ended ones once nobody needs to know whom they told. */
export async function purgeEndedWaitlistEntries(now = new Date()): Promise<number> {
  const { count } = await db.waitlistEntry.deleteMany({
    where: { OR: [{ confirmedAt: null, expiresAt: { lte: now } }, { expiresAt: { lte: new Date(now.getTime() - KEEP_ENDED_MS) } }] },
  });
  return count;
}

const WAITING_BATCH = 5_000;
const MENTOR_BATCH = 500;

/**
 * Tells waiting founders of free time. For each mentor with free time now
 * (earliest first) and each confirmed entry it answers (first signed up
 * first), one email about the mentor's earliest free slot, with a link to book
 * it. An entry ends once it has been told: the founder asked to hear when a
 * time frees up, and a mentor with many free times would otherwise write every
 * day. Safe on several instances at once (see tellOfFreeTime). At most
 * `maxEmails` per run; the rest wait for the next run, in order.
 */
export async function notifyWaitlists(now = new Date(), maxEmails = 200): Promise<{ told: number; mentors: number }> {
  const entries = await listWaitingEntries(now, WAITING_BATCH);
  if (entries.length === 0) return { told: 0, mentors: 0 };
  const wanted = {
    mentorIds: [...new Set(entries.flatMap((entry) => (entry.mentorId ? [entry.mentorId] : [])))],
    topicIds: [...new Set(entries.flatMap((entry) => (!entry.mentorId && entry.topicId ? [entry.topicId] : [])))],
    languages: [...new Set(entries.flatMap((entry) => (!entry.mentorId && entry.language ? [entry.language] : [])))],
  };
  const mentors = await listMentorsWithFreeTime(wanted, now, MENTOR_BATCH);
  // Read without a lock, to skip at once (not lock the mentor every run for) founders already told of a slot; the transaction checks again.
  const told = await listToldAddresses(mentors.map((mentor) => ({ mentorId: mentor.id, startsAt: mentor.nextFreeAt })));
  const settled = new Set<string>();
  const result = { told: 0, mentors: 0 };
  for (const mentor of mentors) {
    if (result.told >= maxEmails) break;
    let toldHere = false;
    for (const entry of waitingFor(mentor, entries)) {
      if (settled.has(entry.id) || told.has(toldKey(mentor.id, mentor.nextFreeAt, entry.email))) continue;
      if (result.told >= maxEmails) break;
      const outcome = await tellOfFreeTime(entry, mentor.id, now);
      if (outcome === "no-free-time") break;
      if (outcome === "told") {
        result.told++;
        toldHere = true;
      }
      if (outcome !== "already-told") settled.add(entry.id);
    }
    if (toldHere) result.mentors++;
  }
  return result;
}

type TellOutcome = "told" | "already-told" | "gone" | "no-free-time";

/**
 * One founder, one slot, one transaction with its email. The mentor row is
 * locked as a booking locks it, so the slot read is the one free now, and every
 * instance telling founders of this mentor goes one after the other: the check
 * for an earlier notice to this address (from another of its entries) sees
 * every notice written before. The entry is ended by a conditional update, so
 * of two instances (even via two mentors) exactly one tells it; the notice row's
 * key, inserted without aborting the transaction on conflict, is the last line.
 */
async function tellOfFreeTime(entry: WaitingEntry, mentorId: string, now: Date): Promise<TellOutcome> {
  return db.$transaction(async (tx) => {
    await lockMentor(tx, mentorId);
    const mentor = await tx.mentorProfile.findUnique({
      where: { id: mentorId },
      select: { slug: true, displayName: true, sessionMinutes: true, nextFreeAt: true, status: true },
    });
    if (!mentor || mentor.status !== "approved" || !mentor.nextFreeAt || mentor.nextFreeAt <= now) return "no-free-time";
    const startsAt = mentor.nextFreeAt;
    const toldBefore = await tx.waitlistNotice.findFirst({ where: { mentorId, startsAt, entry: { email: entry.email } }, select: { entryId: true } });
    if (toldBefore) return "already-told";
    const { count } = await tx.waitlistEntry.updateMany({
      where: { id: entry.id, confirmedAt: { not: null }, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    if (count !== 1 || !(await recordNotice(tx, entry.id, mentorId, startsAt, now))) return "gone";
    await enqueueEmail(await waitlistFreedMessage(entry, mentor, startsAt), tx);
    return "told";
  }, TRANSACTION_OPTIONS);
}

/** One statement, so a notice another instance wrote does not abort the transaction on PostgreSQL. */
async function recordNotice(tx: DbExecutor, entryId: string, mentorId: string, startsAt: Date, now: Date): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "WaitlistNotice" ("entryId", "mentorId", "startsAt", "createdAt") VALUES (${entryId}, ${mentorId}, ${startsAt}, ${now})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
