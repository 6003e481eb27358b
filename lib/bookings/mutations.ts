import "server-only";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { loadMentorSchedules } from "../availability/data";
import { refreshNextFreeSlots } from "../availability/mutations";
import { expandAvailability } from "../availability/slots";
import { enqueueEmail } from "../email/mutations";
import { hashSecret } from "../security/secrets";
import { bookingLinkHashes, bookingUrls, newBookingId } from "./links";
import { cancelledMessages, confirmationRequestMessage, confirmedMessages, movedMessages, type MailBooking } from "./messages";
import type { BookingRequest } from "./schema";
import { HOLD_MINUTES, MAX_UNCONFIRMED_PER_EMAIL } from "./status";

const TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

export type HoldFailure = "taken" | "unavailable" | "mentor-unavailable" | "too-many-pending";
export type HoldResult = { ok: true; bookingId: string } | { ok: false; reason: HoldFailure };

const mailBookingSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  expiresAt: true,
  founderName: true,
  founderEmail: true,
  founderCountry: true,
  founderTimeZone: true,
  coopStage: true,
  message: true,
  icsUid: true,
  icsSequence: true,
  createdAt: true,
  topics: { select: { topic: { select: { name: true } } } },
  mentor: {
    select: {
      id: true,
      slug: true,
      displayName: true,
      timeZone: true,
      meetingUrl: true,
      coopName: true,
      user: { select: { email: true } },
    },
  },
} as const;

async function loadMailBooking(executor: DbExecutor, id: string): Promise<MailBooking> {
  const row = await executor.booking.findUniqueOrThrow({ where: { id }, select: mailBookingSelect });
  const { topics, mentor, ...booking } = row;
  return {
    ...booking,
    topics: topics.map(({ topic }) => topic.name),
    mentor: { ...mentor, email: mentor.user.email },
    urls: bookingUrls(config.publicUrl, config.secret, booking.id),
  };
}

/**
 * Locks the mentor's row for the rest of the transaction (an UPDATE takes a row
 * lock on PostgreSQL; SQLite runs one writer at a time), so concurrent bookings
 * of one mentor are decided one after the other and the weekly cap, buffers and
 * notice hold. The unique index on active (mentor, start) is the last line.
 */
async function lockMentor(tx: DbExecutor, mentorId: string) {
  await tx.mentorProfile.update({ where: { id: mentorId }, data: { bookingSeq: { increment: 1 } }, select: { id: true } });
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

async function slotIsOffered(tx: DbExecutor, mentorId: string, startsAt: Date, now: Date, ignoreBookingId?: string) {
  const [schedule] = await loadMentorSchedules([mentorId], now, tx, ignoreBookingId);
  if (!schedule?.bookable) return { offered: false as const, reason: "mentor-unavailable" as const };
  const slot = expandAvailability(schedule.settings, schedule.busy, now, { until: new Date(startsAt.getTime() + 1) }).find(
    (candidate) => candidate.startsAt.getTime() === startsAt.getTime(),
  );
  if (slot) return { offered: true as const, slot };
  const clash = schedule.busy.some((busy) => busy.startsAt < new Date(startsAt.getTime() + 1) && busy.endsAt > startsAt);
  return { offered: false as const, reason: clash ? ("taken" as const) : ("unavailable" as const) };
}

/** Holds a slot for a founder until they confirm by email. */
export async function holdSlot(
  request: BookingRequest & { mentorId: string; startsAt: Date; timeZone: string },
  now = new Date(),
): Promise<HoldResult> {
  const id = newBookingId();
  try {
    const result = await db.$transaction(async (tx): Promise<HoldResult> => {
      await lockMentor(tx, request.mentorId);
      const unconfirmed = await tx.booking.count({
        where: { founderEmail: request.email, status: "pending", expiresAt: { gt: now } },
      });
      if (unconfirmed >= MAX_UNCONFIRMED_PER_EMAIL) return { ok: false, reason: "too-many-pending" };
      const check = await slotIsOffered(tx, request.mentorId, request.startsAt, now);
      if (!check.offered) return { ok: false, reason: check.reason };
      // An expired hold still sits in the unique index until it is marked expired.
      await tx.booking.updateMany({
        where: { mentorId: request.mentorId, startsAt: request.startsAt, status: "pending", expiresAt: { lte: now } },
        data: { status: "expired" },
      });
      await tx.booking.create({
        data: {
          id,
          mentorId: request.mentorId,
          startsAt: check.slot.startsAt,
          endsAt: check.slot.endsAt,
          status: "pending",
          expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
          founderName: request.name,
          founderEmail: request.email,
          founderCountry: request.country,
          founderTimeZone: request.timeZone,
          coopStage: request.stage,
          message: request.message,
          consentAt: now,
          ...bookingLinkHashes(config.secret, id),
          icsUid: `${id}@candle`,
          topics: { create: request.topics.map((topicId) => ({ topicId })) },
        },
      });
      await enqueueEmail(confirmationRequestMessage(await loadMailBooking(tx, id)), tx);
      // The cached next free slot is recomputed just after the reply (see refreshDueNextFreeSlots), not while the founder waits.
      await tx.mentorProfile.update({ where: { id: request.mentorId }, data: { nextFreeRefreshAt: now }, select: { id: true } });
      return { ok: true, bookingId: id };
    }, TRANSACTION);
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

export type ConfirmResult = { ok: true; bookingId: string; mentorSlug: string } | { ok: false; reason: "not-found" | "expired" | "cancelled" };

/** Confirms a held booking and sends both people the invite. Confirming twice is harmless. */
export async function confirmBooking(token: string, now = new Date()): Promise<ConfirmResult> {
  return db.$transaction(async (tx): Promise<ConfirmResult> => {
    const found = await tx.booking.findUnique({
      where: { confirmTokenHash: hashSecret(token) },
      select: { id: true, status: true, expiresAt: true, mentorId: true, mentor: { select: { slug: true } } },
    });
    if (!found) return { ok: false, reason: "not-found" };
    const done = { ok: true as const, bookingId: found.id, mentorSlug: found.mentor.slug };
    if (found.status === "confirmed" || found.status === "held" || found.status === "no_show") return done;
    if (found.status !== "pending") return { ok: false, reason: found.status === "expired" ? "expired" : "cancelled" };
    if (!found.expiresAt || found.expiresAt <= now) {
      await tx.booking.update({ where: { id: found.id }, data: { status: "expired" } });
      return { ok: false, reason: "expired" };
    }
    const { count } = await tx.booking.updateMany({
      where: { id: found.id, status: "pending" },
      data: { status: "confirmed", confirmedAt: now, expiresAt: null },
    });
    if (count === 0) return done;
    const booking = await loadMailBooking(tx, found.id);
    for (const message of confirmedMessages(booking, now)) await enqueueEmail(message, tx);
    await tx.auditLog.create({
      data: { actorLabel: `founder ${booking.founderEmail}`, action: "booking.confirmed", targetType: "booking", targetId: found.id },
    });
    return done;
  }, TRANSACTION);
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
): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.booking.findUnique({ where: { id: bookingId }, select: { status: true, mentorId: true } });
    if (!before || (before.status !== "pending" && before.status !== "confirmed")) return { ok: false };
    await lockMentor(tx, before.mentorId);
    const { count } = await tx.booking.updateMany({
      where: { id: bookingId, status: before.status },
      data: { status: cancelledStatus[by.role], cancelReason: reason, cancelledAt: now, icsSequence: { increment: 1 } },
    });
    if (count === 0) return { ok: false };
    const booking = await loadMailBooking(tx, bookingId);
    const mentorKnew = before.status === "confirmed";
    for (const message of cancelledMessages(booking, by.role, reason, mentorKnew, now)) await enqueueEmail(message, tx);
    await tx.auditLog.create({
      data: {
        actorId: by.actorId,
        actorLabel: by.actorLabel,
        action: "booking.cancelled",
        targetType: "booking",
        targetId: bookingId,
        details: JSON.stringify({ by: by.role, reason, was: before.status }),
      },
    });
    await refreshNextFreeSlots([before.mentorId], now, tx);
    return { ok: true };
  }, TRANSACTION);
}

export type MoveResult = { ok: true } | { ok: false; reason: "not-active" | HoldFailure };

/** Moves a booking to another free slot of the same mentor, keeping its UID. */
export async function moveBooking(bookingId: string, startsAt: Date, now = new Date()): Promise<MoveResult> {
  try {
    return await db.$transaction(async (tx): Promise<MoveResult> => {
      const before = await tx.booking.findUnique({ where: { id: bookingId }, select: { status: true, mentorId: true, startsAt: true, endsAt: true } });
      if (!before || (before.status !== "pending" && before.status !== "confirmed")) return { ok: false, reason: "not-active" };
      await lockMentor(tx, before.mentorId);
      const check = await slotIsOffered(tx, before.mentorId, startsAt, now, bookingId);
      if (!check.offered) return { ok: false, reason: check.reason };
      await tx.booking.update({
        where: { id: bookingId },
        data: { startsAt: check.slot.startsAt, endsAt: check.slot.endsAt, icsSequence: { increment: 1 } },
      });
      const booking = await loadMailBooking(tx, bookingId);
      if (before.status === "confirmed") {
        for (const message of movedMessages(booking, before, now)) await enqueueEmail(message, tx);
      } else {
        await enqueueEmail(confirmationRequestMessage(booking), tx);
      }
      await tx.auditLog.create({
        data: {
          actorLabel: `founder ${booking.founderEmail}`,
          action: "booking.moved",
          targetType: "booking",
          targetId: bookingId,
          details: JSON.stringify({ from: before.startsAt.toISOString(), to: check.slot.startsAt.toISOString() }),
        },
      });
      await refreshNextFreeSlots([before.mentorId], now, tx);
      return { ok: true };
    }, TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

/** Marks holds that were never confirmed as expired; their slots are already free. */
export async function expireStaleHolds(now = new Date()): Promise<number> {
  const { count } = await db.booking.updateMany({ where: { status: "pending", expiresAt: { lte: now } }, data: { status: "expired" } });
  return count;
}
