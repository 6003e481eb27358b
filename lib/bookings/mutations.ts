import "server-only";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
import { raw, sqltag as sql } from "@prisma/client/runtime/client";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { loadMentorSchedules } from "../availability/data";
import { lockMentor, refreshNextFreeSlots, saveNextFree } from "../availability/mutations";
import { expandAvailability } from "../availability/slots";
import { aboutBooking } from "../email/message";
import { enqueueEmail, withdrawUnsentEmails } from "../email/mutations";
import { hashSecret } from "../security/secrets";
import { loadMailBooking } from "./data";
import { loadMessages } from "../i18n/messages";
import { bookingLinkHashes, bookingUrls, coFounderToken, newBookingId } from "./links";
import { cancelledMessages, confirmationRequestMessage, confirmedMessages, movedMessages } from "./messages";
import type { BookingRequest } from "./schema";
import { spendAll } from "../antibot/mutations";
import { UNCONFIRMED_STATUSES } from "../db/booking-status";
import type { BookingStatus } from "../db/types";
import { HOLD_MINUTES, MAX_HOLDS_PER_MENTOR, MAX_MOVES, MAX_UNCONFIRMED_PER_EMAIL, REQUEST_MINUTES } from "./status";
import { isUniqueViolation, TRANSACTION_OPTIONS } from "../db/transactions";
import { founderActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { mentorChanged, volunteerAreaChanged } from "../cache/invalidate";

export type HoldFailure = "taken" | "unavailable" | "mentor-unavailable" | "too-many-pending" | "already-sent";
export type HoldResult = { ok: true; bookingId: string; held: boolean } | { ok: false; reason: HoldFailure };

/** A one-time value (form token, proof of work) used up by the booking it let through, and only then. */
export interface SpendOnce {
  key: string;
  expiresAt: Date;
}

class AlreadySpent extends Error {}

/** A hold whose time ran out still sits in the unique index until it is marked expired: mark it, so the time can be taken. */
async function releaseLapsedHold(tx: DbExecutor, mentorId: string, startsAt: Date, now: Date) {
  await tx.booking.updateMany({ where: { mentorId, startsAt, status: "pending", expiresAt: { lte: now } }, data: { status: "expired" } });
}

const statusList = (statuses: readonly BookingStatus[]) => raw(statuses.map((status) => `'${status}'`).join(", "));

/**
 * In one statement: the founder's bookings waiting for confirmation, the holds
 * waiting on this mentor, and whether a lapsed hold still sits on the requested start.
 */
async function countWaiting(tx: DbExecutor, request: { email: string; mentorId: string; startsAt: Date }, now: Date) {
  const [row] = await tx.$queryRaw<{ unconfirmed: bigint | number; holds: bigint | number; lapsed: bigint | number }[]>(sql`
    SELECT
      (SELECT COUNT(*) FROM "Booking" WHERE "founderEmail" = ${request.email} AND "status" IN (${statusList(UNCONFIRMED_STATUSES)}) AND "expiresAt" > ${now}) AS "unconfirmed",
      (SELECT COUNT(*) FROM "Booking" WHERE "mentorId" = ${request.mentorId} AND "status" = 'pending' AND "expiresAt" > ${now}) AS "holds",
      (SELECT COUNT(*) FROM "Booking" WHERE "mentorId" = ${request.mentorId} AND "startsAt" = ${request.startsAt} AND "status" = 'pending' AND "expiresAt" <= ${now}) AS "lapsed"`);
  return { unconfirmed: Number(row?.unconfirmed ?? 0), holds: Number(row?.holds ?? 0), lapsedHere: Number(row?.lapsed ?? 0) > 0 };
}

async function slotIsOffered(tx: DbExecutor, mentorId: string, startsAt: Date, now: Date, ignoreBookingId?: string) {
  const [schedule] = await loadMentorSchedules([mentorId], now, tx, ignoreBookingId);
  if (!schedule?.bookable) return { offered: false as const, reason: "mentor-unavailable" as const };
  const slot = expandAvailability(schedule.settings, schedule.busy, now, { until: new Date(startsAt.getTime() + 1) }).find(
    (candidate) => candidate.startsAt.getTime() === startsAt.getTime(),
  );
  if (slot) return { offered: true as const, slot, schedule };
  const clash = schedule.busy.some((busy) => busy.startsAt < new Date(startsAt.getTime() + 1) && busy.endsAt > startsAt);
  return { offered: false as const, reason: clash ? ("taken" as const) : ("unavailable" as const) };
}

/**
 * Books a slot for a founder, to be confirmed by email. With `hold`, the slot is
 * held for them meanwhile (unless the mentor already has MAX_HOLDS_PER_MENTOR
 * holds waiting); otherwise the booking is a request that holds nothing, and the
 * first founder to confirm gets the time. `spend` is used up in the same
 * transaction, so a form or proof of work lets exactly one booking through.
 */
export async function holdSlot(
  request: Omit<BookingRequest, "coFounders"> & {
    coFounders?: readonly string[];
    mentorId: string;
    startsAt: Date;
    timeZone: string;
    /** The language of the page it was booked on (English when not said): the founder's mail is written in it. */
    locale?: Locale;
    hold?: boolean;
    spend?: SpendOnce[];
  },
  now = new Date(),
): Promise<HoldResult> {
  const id = newBookingId();
  // Everything that needs no lock is worked out first: the links, the stored hashes.
  const locale = request.locale ?? DEFAULT_LOCALE;
  const urls = bookingUrls(config.publicUrl, config.secret, id, locale);
  // Read once per process; loaded here so the transaction below does not wait on it.
  await loadMessages(locale);
  const linkHashes = bookingLinkHashes(config.secret, id);
  const coFounderRows = (request.coFounders ?? []).map((email) => ({
    email,
    removeTokenHash: hashSecret(coFounderToken(config.secret, id, email)),
  }));
  let heldFor: string | undefined;
  try {
    const result = await db.$transaction(async (tx): Promise<HoldResult> => {
      const mentor = await lockMentor(tx, request.mentorId);
      const waiting = await countWaiting(tx, request, now);
      if (waiting.unconfirmed >= MAX_UNCONFIRMED_PER_EMAIL) return { ok: false, reason: "too-many-pending" };
      const check = await slotIsOffered(tx, request.mentorId, request.startsAt, now);
      if (!check.offered) return { ok: false, reason: check.reason };
      const held = request.hold !== false && waiting.holds < MAX_HOLDS_PER_MENTOR;
      if (!(await spendAll(tx, request.spend ?? []))) throw new AlreadySpent();
      if (held && waiting.lapsedHere) await releaseLapsedHold(tx, request.mentorId, check.slot.startsAt, now);
      const booking = {
        id,
        startsAt: check.slot.startsAt,
        endsAt: check.slot.endsAt,
        status: held ? ("pending" as const) : ("requested" as const),
        expiresAt: new Date(now.getTime() + (held ? HOLD_MINUTES : REQUEST_MINUTES) * 60_000),
        founderName: request.name,
        founderEmail: request.email,
        founderTimeZone: request.timeZone,
        locale,
      };
      await tx.booking.create({
        data: {
          ...booking,
          mentorId: request.mentorId,
          founderCountry: request.country,
          coopStage: request.stage,
          message: request.message,
          consentAt: now,
          ...linkHashes,
          icsUid: `${id}@candle`,
          ...(request.topics.length ? { topics: { createMany: { data: request.topics.map((topicId) => ({ topicId })) } } } : {}),
          // Co-founders hear nothing until the founder confirms: then each gets the invite.
          ...(coFounderRows.length ? { coFounders: { createMany: { data: coFounderRows } } } : {}),
        },
        select: { id: true },
      });
      await enqueueEmail(aboutBooking(await confirmationRequestMessage({ ...booking, mentor, urls }), id), tx);
      // A hold takes its time: the next free slot is recomputed from the schedule already read, with this booking in it.
      if (held) {
        await saveNextFree(tx, { ...check.schedule, busy: [...check.schedule.busy, { startsAt: booking.startsAt, endsAt: booking.endsAt }] }, now);
        heldFor = mentor.slug;
      }
      return { ok: true, bookingId: id, held };
    }, TRANSACTION_OPTIONS);
    if (heldFor) mentorChanged(heldFor);
    return result;
  } catch (error) {
    if (error instanceof AlreadySpent) return { ok: false, reason: "already-sent" };
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

export type ConfirmResult =
  | { ok: true; bookingId: string; mentorSlug: string }
  | { ok: false; reason: "not-found" | "expired" | "cancelled" | "taken" | "unavailable"; mentorSlug?: string };

/**
 * Confirms a booking and sends both people the invite. Confirming twice is
 * harmless. A request that held nothing is confirmed only if its time (or
 * `startsAt`, another time the founder picked instead) is still free: the first
 * founder to confirm gets it, the unique index deciding between racing ones.
 */
export async function confirmBooking(token: string, now = new Date(), startsAt?: Date): Promise<ConfirmResult> {
  let took: string | undefined;
  try {
    const result = await db.$transaction(async (tx): Promise<ConfirmResult> => {
      const found = await tx.booking.findUnique({
        where: { confirmTokenHash: hashSecret(token) },
        select: { id: true, status: true, expiresAt: true, startsAt: true, mentorId: true, mentor: { select: { slug: true } } },
      });
      if (!found) return { ok: false, reason: "not-found" };
      const mentorSlug = found.mentor.slug;
      const done = { ok: true as const, bookingId: found.id, mentorSlug };
      if (found.status === "confirmed" || found.status === "held" || found.status === "no_show") return done;
      if (found.status !== "pending" && found.status !== "requested") return { ok: false, reason: found.status === "expired" ? "expired" : "cancelled" };
      if (!found.expiresAt || found.expiresAt <= now) {
        await tx.booking.update({ where: { id: found.id }, data: { status: "expired" } });
        return { ok: false, reason: "expired" };
      }
      let slot: { startsAt: Date; endsAt: Date } | undefined;
      if (found.status === "requested") {
        await lockMentor(tx, found.mentorId);
        const check = await slotIsOffered(tx, found.mentorId, startsAt ?? found.startsAt, now);
        if (!check.offered) return { ok: false, reason: check.reason === "mentor-unavailable" ? "unavailable" : check.reason, mentorSlug };
        await releaseLapsedHold(tx, found.mentorId, check.slot.startsAt, now);
        slot = { startsAt: check.slot.startsAt, endsAt: check.slot.endsAt };
      }
      const { count } = await tx.booking.updateMany({
        where: { id: found.id, status: found.status },
        data: { status: "confirmed", confirmedAt: now, expiresAt: null, ...slot },
      });
      if (count === 0) return done;
      const booking = await loadMailBooking(tx, found.id);
      for (const message of await confirmedMessages(booking, now)) await enqueueEmail(aboutBooking(message, booking.id), tx);
      await recordAudit(founderActor(booking.founderEmail), { action: "booking.confirmed", targetType: "booking", targetId: found.id }, tx);
      if (slot) {
        await refreshNextFreeSlots([found.mentorId], now, tx);
        took = mentorSlug;
      }
      return done;
    }, TRANSACTION_OPTIONS);
    if (took) mentorChanged(took);
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

export type CancelledBy = "founder" | "mentor" | "organiser";
const cancelledStatus = { founder: "cancelled_by_founder", mentor: "cancelled_by_mentor", organiser: "cancelled_by_organiser" } as const;

/**
 * Cancels an active booking: the slot is free again at once, and each person who
 * knew of it gets METHOD:CANCEL with the same UID and a higher SEQUENCE.
 */
export async function cancelBooking(
  bookingId: string,
  by: { role: CancelledBy; actorId?: string; actorLabel: string },
  reason: string | null,
  now = new Date(),
): Promise<CancelResult> {
  const freed = new Set<string>();
  const result = await db.$transaction((tx) => cancelBookingIn(tx, bookingId, by, reason, now, freed), TRANSACTION_OPTIONS);
  freed.forEach(mentorChanged);
  if (result.ok) volunteerAreaChanged();
  return result;
}

export type CancelResult = { ok: true } | { ok: false; reason: "not-active" | "started" };

const isChangeable = (status: string) => status === "pending" || status === "requested" || status === "confirmed";

/**
 * cancelBooking inside a transaction the caller holds, for changes that cancel
 * several sessions at once. The mentor's slug goes into `freed`, for the caller
 * to invalidate their cached pages once the transaction has committed.
 */
export async function cancelBookingIn(
  tx: DbExecutor,
  bookingId: string,
  by: { role: CancelledBy; actorId?: string; actorLabel: string },
  reason: string | null,
  now: Date,
  freed: Set<string>,
): Promise<CancelResult> {
  const before = await tx.booking.findUnique({ where: { id: bookingId }, select: { status: true, mentorId: true, startsAt: true } });
  if (!before || !isChangeable(before.status)) return { ok: false, reason: "not-active" };
  // A session under way or over is recorded as held or a no-show, not cancelled after the fact.
  if (before.startsAt <= now) return { ok: false, reason: "started" };
  const { slug } = await lockMentor(tx, before.mentorId);
  const { count } = await tx.booking.updateMany({
    where: { id: bookingId, status: before.status },
    data: { status: cancelledStatus[by.role], cancelReason: reason, cancelledAt: now, icsSequence: { increment: 1 } },
  });
  if (count === 0) return { ok: false, reason: "not-active" };
  await withdrawUnsentEmails(tx, bookingId, "reminder");
  const booking = await loadMailBooking(tx, bookingId);
  const mentorKnew = before.status === "confirmed";
  for (const message of await cancelledMessages(booking, by.role, reason, mentorKnew, now)) await enqueueEmail(aboutBooking(message, bookingId), tx);
  await recordAudit(
    { id: by.actorId, label: by.actorLabel },
    { action: "booking.cancelled", targetType: "booking", targetId: bookingId, details: { by: by.role, reason, was: before.status } },
    tx,
  );
  await refreshNextFreeSlots([before.mentorId], now, tx);
  freed.add(slug);
  return { ok: true };
}

export type MoveResult = { ok: true } | { ok: false; reason: "not-active" | "started" | "too-many-moves" | HoldFailure };

/** Moves a booking to another free slot of the same mentor, keeping its UID. */
export async function moveBooking(bookingId: string, startsAt: Date, now = new Date()): Promise<MoveResult> {
  let moved: string | undefined;
  try {
    const result = await db.$transaction(async (tx): Promise<MoveResult> => {
      const before = await tx.booking.findUnique({
        where: { id: bookingId },
        select: { status: true, mentorId: true, startsAt: true, endsAt: true, moveCount: true, expiresAt: true },
      });
      if (!before || !isChangeable(before.status)) return { ok: false, reason: "not-active" };
      if (before.status !== "confirmed" && (!before.expiresAt || before.expiresAt <= now)) return { ok: false, reason: "not-active" };
      if (before.startsAt <= now) return { ok: false, reason: "started" };
      if (before.moveCount >= MAX_MOVES) return { ok: false, reason: "too-many-moves" };
      const { slug } = await lockMentor(tx, before.mentorId);
      const check = await slotIsOffered(tx, before.mentorId, startsAt, now, bookingId);
      if (!check.offered) return { ok: false, reason: check.reason };
      await releaseLapsedHold(tx, before.mentorId, check.slot.startsAt, now);
      await tx.booking.update({
        where: { id: bookingId },
        data: { startsAt: check.slot.startsAt, endsAt: check.slot.endsAt, icsSequence: { increment: 1 }, moveCount: { increment: 1 }, movedAt: now },
      });
      // Reminders of the old time go; the new time is reminded when its reminders fall due.
      await withdrawUnsentEmails(tx, bookingId, "reminder");
      const booking = await loadMailBooking(tx, bookingId);
      if (before.status === "confirmed") {
        for (const message of await movedMessages(booking, before, now)) await enqueueEmail(aboutBooking(message, bookingId), tx);
      } else {
        await enqueueEmail(aboutBooking(await confirmationRequestMessage(booking), bookingId), tx);
      }
      await recordAudit(
        founderActor(booking.founderEmail),
        {
          action: "booking.moved",
          targetType: "booking",
          targetId: bookingId,
          details: { from: before.startsAt.toISOString(), to: check.slot.startsAt.toISOString() },
        },
        tx,
      );
      await refreshNextFreeSlots([before.mentorId], now, tx);
      moved = slug;
      return { ok: true };
    }, TRANSACTION_OPTIONS);
    if (moved) mentorChanged(moved);
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

/**
 * Marks holds that were never confirmed as expired. Their slots are free
 * already; the mentors' pages and next free slots show it at once, on every
 * instance. Several instances may run this together: each hold is expired by
 * one of them, and counted once.
 */
export async function expireStaleHolds(now = new Date()): Promise<number> {
  const stale = { status: { in: [...UNCONFIRMED_STATUSES] }, expiresAt: { lte: now } };
  const mentors = await db.booking.findMany({ where: stale, select: { mentorId: true, mentor: { select: { slug: true } } }, distinct: ["mentorId"] });
  if (mentors.length === 0) return 0;
  const mentorIds = mentors.map((row) => row.mentorId);
  const { count } = await db.booking.updateMany({ where: { ...stale, mentorId: { in: mentorIds } }, data: { status: "expired" } });
  if (count > 0) {
    await db.mentorProfile.updateMany({ where: { id: { in: mentorIds } }, data: { nextFreeRefreshAt: now } });
    for (const { mentor } of mentors) mentorChanged(mentor.slug);
  }
  return count;
}
