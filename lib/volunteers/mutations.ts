import "server-only";
import { actorFields, type AuditActor } from "../audit/actor";
import { recordAudit, relabelActor, retargetMentor } from "../audit/mutations";
import { issueSignInLink } from "../auth/mutations";
import { lockMentor, refreshNextFreeSlots } from "../availability/mutations";
import { cancelBookingIn } from "../bookings/mutations";
import { config } from "../config";
import { db } from "../db/client";
import { enqueueEmail } from "../email/mutations";
import type { RenderedEmail } from "../email/templates/parts";
import {
  volunteerApprovedEmail,
  volunteerDeclinedEmail,
  volunteerInvitationEmail,
  volunteerPausedEmail,
  volunteerResumedEmail,
  volunteerRetiredEmail,
} from "../email/templates/volunteers";
import { DEFAULT_LOCALE, pickLocale, type Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";
import { TRANSITIONS, type VolunteerAction } from "./transitions";
import { isUniqueViolation, TRANSACTION_OPTIONS } from "../db/transactions";
import { invalidating, mentorChanged, organiserAreaChanged, volunteerAreaChanged } from "../cache/invalidate";
import { eraseMailTo } from "../retention/mutations";
import { pseudonymOf } from "../security/pseudonym";

export type StatusChangeResult = { ok: true; name: string; cancelled: number } | { ok: false; reason: "not-found" | "wrong-status" };

/** In the volunteer's own language; their public page opens in it too. */
function statusEmail(action: VolunteerAction, mentor: { displayName: string; slug: string }, locale: Locale, cancelled: number): Promise<RenderedEmail> {
  const name = mentor.displayName;
  const volunteerUrl = `${config.publicUrl}/volunteer`;
  const profileUrl = `${config.publicUrl}${localisedPath(locale, `/mentors/${mentor.slug}`)}`;
  switch (action) {
    case "approve":
      return volunteerApprovedEmail({ name, locale, volunteerUrl, profileUrl });
    case "decline":
      return volunteerDeclinedEmail({ name, locale });
    case "pause":
      return volunteerPausedEmail({ name, locale, cancelledSessions: cancelled, volunteerUrl });
    case "resume":
      return volunteerResumedEmail({ name, locale, volunteerUrl, profileUrl });
    case "retire":
      return volunteerRetiredEmail({ name, locale, cancelledSessions: cancelled });
  }
}

/** Sessions still ahead that founders expect to happen: confirmed ones, and holds that have not lapsed. */
function upcomingWhere(mentorId: string, now: Date) {
  return { mentorId, startsAt: { gt: now }, OR: [{ status: "confirmed" as const }, { status: "pending" as const, expiresAt: { gt: now } }] };
}

/**
 * Approves, declines, pauses, resumes or retires a volunteer, emails them and
 * logs it. Pausing and retiring cancel their upcoming sessions in the same
 * transaction, each through cancelBookingIn so each founder is told and offered
 * other mentors: either all of it happens or none, so no founder is left booked
 * with a retired mentor and not told. Declining and retiring also end the
 * volunteer's sign-in sessions and calendar feed.
 */
export async function changeVolunteerStatus(mentorId: string, action: VolunteerAction, actor: AuditActor, now = new Date()): Promise<StatusChangeResult> {
  const transition = TRANSITIONS[action];
  const changed = new Set<string>();
  const result = await db.$transaction(async (tx): Promise<StatusChangeResult> => {
    const mentor = await tx.mentorProfile.findUnique({
      where: { id: mentorId },
      select: { status: true, displayName: true, slug: true, userId: true, user: { select: { email: true, locale: true } } },
    });
    if (!mentor) return { ok: false, reason: "not-found" };
    // Conditional on the status read above, so two organisers pressing at once change it once.
    const { count } = await tx.mentorProfile.updateMany({
      where: { id: mentorId, status: { in: [...transition.from] } },
      data: {
        status: transition.to,
        ...(action === "approve" ? { approvedAt: now } : {}),
        ...(transition.endsAccess ? { feedTokenHash: null } : {}),
      },
    });
    if (count === 0) return { ok: false, reason: "wrong-status" };
    if (transition.endsAccess) await tx.session.deleteMany({ where: { userId: mentor.userId } });
    const upcoming = transition.cancelsBookings
      ? await tx.booking.findMany({ where: upcomingWhere(mentorId, now), select: { id: true }, orderBy: { startsAt: "asc" } })
      : [];
    let cancelled = 0;
    for (const booking of upcoming) {
      const result = await cancelBookingIn(tx, booking.id, { role: "organiser", ...actorFields(actor) }, transition.reason, now, changed);
      if (result.ok) cancelled++;
    }
    await recordAudit(
      actor,
      {
        action: transition.auditAction,
        targetType: "mentor",
        targetId: mentorId,
        details: { from: mentor.status, to: transition.to, ...(transition.cancelsBookings ? { cancelledBookings: cancelled } : {}) },
      },
      tx,
    );
    await enqueueEmail({ to: mentor.user.email, ...(await statusEmail(action, mentor, pickLocale(mentor.user.locale), cancelled)) }, tx);
    await refreshNextFreeSlots([mentorId], now, tx);
    changed.add(mentor.slug);
    return { ok: true, name: mentor.displayName, cancelled };
  }, TRANSACTION_OPTIONS);
  // Approving, pausing or retiring changes who is listed and what their page offers.
  changed.forEach(mentorChanged);
  if (result.ok) organiserAreaChanged();
  return result;
}

export type InviteOutcome = "invited" | "invited-again" | "has-account";

/**
 * Invites someone to apply. A new address gets an account (role volunteer, no
 * profile yet) and a link to the application page; an address invited before
 * gets the invitation again; anyone who already volunteers or organises gets a
 * sign-in link instead.
 */
export const inviteVolunteer = invalidating(
  // `locale`: the inviting organiser's, the only language known for an address nobody has signed in with.
  async (email: string, actor: AuditActor, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<InviteOutcome> => {
    const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true, mentor: { select: { id: true } } } });
    if (existing && (existing.mentor || existing.role === "organiser")) {
      await issueSignInLink(email, existing.mentor ? "/volunteer" : "/organiser", now);
      await recordAudit(actor, {
        action: "volunteer.invited",
        targetType: "user",
        targetId: existing.id,
        details: { sent: "sign-in link", existingAccount: true },
      });
      return "has-account";
    }
    try {
      return await db.$transaction(async (tx) => {
        const user = existing ?? (await tx.user.create({ data: { email, role: "volunteer" }, select: { id: true } }));
        await enqueueEmail({ to: email, ...(await volunteerInvitationEmail({ joinUrl: `${config.publicUrl}/join`, locale })) }, tx);
        await recordAudit(
          actor,
          { action: "volunteer.invited", targetType: "user", targetId: user.id, details: { sent: "invitation", invitedBefore: Boolean(existing) } },
          tx,
        );
        return existing ? "invited-again" : "invited";
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      // Someone created the account between the look-up and the insert: invite that account.
      if (!existing && isUniqueViolation(error)) return inviteVolunteer(email, actor, now);
      throw error;
    }
  },
  () => organiserAreaChanged(),
);

export type DeleteAccountResult = { ok: true; cancelled: number } | { ok: false; reason: "not-found" | "organiser" };

/**
 * A volunteer deletes their account. Their sessions still to come are cancelled
 * as when they retire (each founder told, with a link to other mentors), in the
 * same transaction. The rows stay, because past sessions count in the
 * statistics, but nothing in them names the volunteer any more: the profile is
 * emptied and renamed after a pseudonym (its page after the profile's id, which
 * no other deletion shares), the address replaced, sign-in ended, calendars and
 * busy times deleted, mail to them erased, audit rows that named the page by its
 * old slug pointed at the id, and their audit rows relabelled with the pseudonym.
 */
export async function deleteVolunteerAccount(userId: string, now = new Date()): Promise<DeleteAccountResult> {
  const changed = new Set<string>();
  const result = await db.$transaction(async (tx): Promise<DeleteAccountResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, mentor: { select: { id: true, slug: true } } } });
    if (!user) return { ok: false, reason: "not-found" };
    if (user.role === "organiser") return { ok: false, reason: "organiser" };
    const pseudonym = pseudonymOf(user.email, config.secret);
    const actor = { id: userId, label: `volunteer ${pseudonym}` };
    let cancelled = 0;
    if (user.mentor) {
      const mentorId = user.mentor.id;
      // Before reading what is booked: a founder booking at this moment either finished first (and is cancelled here) or waits and finds the volunteer gone.
      await lockMentor(tx, mentorId);
      const upcoming = await tx.booking.findMany({
        where: {
          mentorId,
          startsAt: { gt: now },
          OR: [{ status: "confirmed" }, { status: { in: ["pending", "requested"] }, expiresAt: { gt: now } }],
        },
        select: { id: true },
        orderBy: { startsAt: "asc" },
      });
      for (const booking of upcoming) {
        if ((await cancelBookingIn(tx, booking.id, { role: "mentor", ...actorFields(actor) }, TRANSITIONS.retire.reason, now, changed)).ok) cancelled++;
      }
      await tx.mentorProfile.update({
        where: { id: mentorId },
        data: {
          status: "retired",
          displayName: `Former volunteer ${pseudonym.slice(0, 6)}`,
          slug: `former-${mentorId}`,
          pronouns: null,
          headline: "",
          bio: "",
          application: "",
          coopName: null,
          coopUrl: null,
          meetingUrl: null,
          searchText: "",
          acceptingBookings: false,
          feedTokenHash: null,
          nextFreeAt: null,
        },
      });
      await tx.weeklyRule.deleteMany({ where: { mentorId } });
      await tx.extraSlot.deleteMany({ where: { mentorId } });
      await tx.dayOff.deleteMany({ where: { mentorId } });
      await tx.mentorLanguage.deleteMany({ where: { mentorId } });
      await tx.mentorTopic.deleteMany({ where: { mentorId } });
      await tx.waitlistEntry.deleteMany({ where: { mentorId } });
      await tx.busyTime.deleteMany({ where: { mentorId } });
      await tx.calendarSource.deleteMany({ where: { mentorId } });
      await retargetMentor(tx, user.mentor.slug, mentorId);
      changed.add(user.mentor.slug);
    }
    await eraseMailTo(user.email, now, tx);
    await relabelActor(tx, userId, [`volunteer ${user.email}`, `applicant ${user.email}`], actor.label);
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.update({ where: { id: userId }, data: { email: `erased-${userId}@candle.invalid`, name: null, image: null, emailVerified: null } });
    await recordAudit(actor, { action: "volunteer.deleted_account", targetType: "user", targetId: userId, details: { cancelledBookings: cancelled } }, tx);
    return { ok: true, cancelled };
  }, TRANSACTION_OPTIONS);
  changed.forEach(mentorChanged);
  if (result.ok) {
    organiserAreaChanged();
    volunteerAreaChanged();
  }
  return result;
}
