import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFields, founderActor, founderLabel } from "@/lib/audit/actor";
import { cancelBooking, confirmBooking, expireStaleHolds, holdSlot } from "@/lib/bookings/mutations";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { anonymiseBookings, applyRetention } from "@/lib/retention/mutations";
import { recipientPseudonym } from "@/lib/security/pseudonym";
import { hashSecret } from "@/lib/security/secrets";
import { findFounderDetails, findOutcomeSession } from "@/lib/feedback/data";
import { listMentorSessions } from "@/lib/sessions/data";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { createBookingWith, createMentor, createTopic, uniqueTag } from "../support/factories";

// The clock is driven through 2037–2038, after every other file's sessions, with the default settings.
const DAY = 86_400_000;
const HOUR = 3_600_000;
const days = { emailDays: 7, unconfirmedDays: 7, bookingDays: 180 };
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(async () => {
  await db.$disconnect();
});

async function book(mentorId: string, startsAt: Date, now: Date, extra: { coFounders?: string[] } = {}) {
  const email = `founder-${uniqueTag()}@example.com`;
  const held = await holdSlot(
    {
      name: "Ada Lovelace-Founder",
      email,
      country: "PT",
      topics: [topicId],
      stage: "forming_group",
      message: "How do we share surplus fairly?",
      consent: "yes",
      mentorId,
      startsAt,
      timeZone: "Europe/Lisbon",
      hold: true,
      ...extra,
    },
    now,
  );
  if (!held.ok) throw new Error(`could not hold: ${held.reason}`);
  const request = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
  const confirmToken = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!;
  const manageToken = /\/bookings\/manage\/([A-Za-z0-9_-]{43})/.exec(request.text)?.[1];
  return { id: held.bookingId, email, confirmToken, manageToken };
}

/** Each run takes a bounded batch, and other files' rows share the database: run as housekeeping would, until nothing is left. */
async function retain(now: Date) {
  for (let run = 0; run < 100; run++) {
    const counts = await applyRetention(now, days);
    if (Object.values(counts).every((count) => count === 0)) return;
  }
  throw new Error("retention never finished");
}

const bookingRow = (id: string) => db.booking.findUniqueOrThrow({ where: { id }, include: { topics: true, coFounders: true, feedback: true } });
const mailAbout = (bookingId: string) => db.outboxEmail.findMany({ where: { bookingId }, orderBy: { createdAt: "asc" } });

describe("retention, driven through each step", () => {
  it("erases mail bodies after a week, lapsed holds after a week, and past bookings after 180 days, leaving what the statistics count", async () => {
    const mentor = await createMentor({ hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
    const bookedAt = new Date("2037-04-20T09:00:00Z");
    const sessionAt = new Date("2037-05-04T10:00:00Z");

    const kept = await book(mentor.id, sessionAt, bookedAt, { coFounders: [`cofounder-${uniqueTag()}@example.com`] });
    expect((await confirmBooking(kept.confirmToken, bookedAt)).ok).toBe(true);
    await db.sessionFeedback.create({ data: { bookingId: kept.id, usefulness: 4, nextStep: "incorporating", comment: "Ada says thanks", quoteConsent: true } });

    const cancelled = await book(mentor.id, later(sessionAt, -2 * HOUR), bookedAt);
    expect((await confirmBooking(cancelled.confirmToken, bookedAt)).ok).toBe(true);
    const cancelledBy = { role: "founder" as const, ...actorFields(founderActor(cancelled.email)) };
    expect((await cancelBooking(cancelled.id, cancelledBy, "Our treasurer is ill", bookedAt)).ok).toBe(true);

    const lapsed = await book(mentor.id, later(sessionAt, 4 * HOUR), bookedAt);
    const old = await db.auditLog.create({
      data: { actorLabel: `founder ${lapsed.email}`, action: "booking.confirmed", targetType: "booking", targetId: lapsed.id },
    });
    const user = mentor.userId;
    await db.session.create({ data: { sessionToken: `s-${uniqueTag()}`, userId: user, expires: later(bookedAt, -HOUR) } });
    const liveSession = await db.session.create({ data: { sessionToken: `s-${uniqueTag()}`, userId: user, expires: later(bookedAt, 400 * DAY) } });
    await db.verificationToken.create({ data: { identifier: mentor.user.email, token: `t-${uniqueTag()}`, expires: later(bookedAt, -HOUR) } });

    const ids = [kept.id, cancelled.id, lapsed.id];
    await db.outboxEmail.updateMany({ where: { bookingId: { in: ids } }, data: { sentAt: later(bookedAt, 60_000) } });
    const mailBefore = await Promise.all(ids.map(mailAbout));
    expect(mailBefore.flat().length).toBeGreaterThanOrEqual(6);

    // Day 6: the hold has lapsed and is expired, but nothing is old enough to erase yet; the old audit label and stale tokens go at once.
    const day6 = later(bookedAt, 6 * DAY);
    expect(await expireStaleHolds(day6)).toBeGreaterThanOrEqual(1);
    await retain(day6);
    expect(await Promise.all(ids.map(mailAbout))).toEqual(mailBefore);
    expect((await bookingRow(lapsed.id)).founderEmail).toBe(lapsed.email);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: old.id } })).actorLabel).toBe(founderLabel(lapsed.email));
    expect(await db.session.findMany({ where: { userId: user } })).toEqual([liveSession]);
    expect(await db.verificationToken.count({ where: { identifier: mentor.user.email } })).toBe(0);
    // New audit rows never held an address.
    const audit = await db.auditLog.findMany({ where: { targetId: { in: ids } } });
    expect(audit.length).toBeGreaterThanOrEqual(3);
    for (const row of audit) expect(row.actorLabel).not.toContain("@");

    // Day 8: every message sent a week ago keeps only a pseudonym, a subject without names, and its times.
    const day8 = later(bookedAt, 8 * DAY);
    await retain(day8);
    for (const [index, mail] of (await Promise.all(ids.map(mailAbout))).flat().entries()) {
      const before = mailBefore.flat()[index]!;
      expect(mail).toEqual({
        ...before,
        to: recipientPseudonym(before.to, config.secret),
        subject: expect.not.stringContaining("Ada") as string,
        text: "",
        html: "",
        ics: null,
        lastError: null,
        erasedAt: day8,
      });
      expect(mail.subject).not.toContain(mentor.displayName);
    }
    // The lapsed hold: nothing personal left; when, whose, what about, where from and how it ended stay.
    const hold = await bookingRow(lapsed.id);
    expect(hold).toMatchObject({
      status: "expired",
      founderName: "",
      founderEmail: "",
      message: "",
      founderTimeZone: "UTC",
      confirmTokenHash: null,
      founderCountry: "PT",
      coopStage: "forming_group",
      mentorId: mentor.id,
      startsAt: later(sessionAt, 4 * HOUR),
      anonymisedAt: day8,
    });
    expect(hold.topics.map((row) => row.topicId)).toEqual([topicId]);
    // The sessions themselves are untouched for now.
    expect(await bookingRow(kept.id)).toMatchObject({ founderEmail: kept.email, message: "How do we share surplus fairly?", anonymisedAt: null });
    expect((await bookingRow(kept.id)).coFounders).toHaveLength(1);

    // 179 days after the sessions: still kept.
    const sessionEnd = later(sessionAt, HOUR);
    await retain(later(sessionEnd, 179 * DAY));
    expect((await bookingRow(kept.id)).anonymisedAt).toBeNull();
    expect((await bookingRow(cancelled.id)).cancelReason).toBe("Our treasurer is ill");

    // 180 days after: both anonymised; the score, next step and consent to quote stay, the words go.
    const day180 = later(sessionEnd, 180 * DAY);
    await retain(day180);
    const past = await bookingRow(kept.id);
    expect(past).toMatchObject({ status: "confirmed", founderName: "", founderEmail: "", message: "", founderCountry: "PT", anonymisedAt: day180 });
    expect(past.coFounders).toEqual([]);
    expect(past.feedback).toMatchObject({ usefulness: 4, nextStep: "incorporating", quoteConsent: true, comment: null });
    expect(await bookingRow(cancelled.id)).toMatchObject({ status: "cancelled_by_founder", cancelReason: null, founderEmail: "", anonymisedAt: day180 });
    const cancellation = await db.auditLog.findFirstOrThrow({ where: { targetId: cancelled.id, action: "booking.cancelled" } });
    expect(JSON.parse(cancellation.details!)).toEqual({ by: "founder", was: "confirmed" });
    expect(cancellation.actorLabel).toBe(founderLabel(cancelled.email));
    // The link the founder was mailed no longer opens anything.
    expect(kept.manageToken).toBeDefined();
    expect(await db.booking.findUnique({ where: { manageTokenHash: hashSecret(kept.manageToken!) } })).toBeNull();

    // Running again changes nothing.
    const snapshot = await Promise.all(ids.map(bookingRow));
    await retain(later(day180, HOUR));
    expect(await Promise.all(ids.map(bookingRow))).toEqual(snapshot);
  });

  it("anonymises each booking once when several instances run at the same moment", async () => {
    const mentor = await createMentor();
    const rows = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        createBookingWith(mentor.id, { startsAt: new Date(`2037-06-0${index + 1}T10:00:00Z`), status: "expired", expiresAt: new Date("2037-05-01T00:00:00Z") }),
      ),
    );
    const ids = rows.map((row) => row.id);
    const now = new Date("2037-06-20T00:00:00Z");
    const counts = await Promise.all([anonymiseBookings(ids, now), anonymiseBookings(ids, now), anonymiseBookings(ids, now)]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(ids.length);
    const after = await db.booking.findMany({ where: { id: { in: ids } } });
    expect(after.every((row) => row.founderEmail === "" && row.anonymisedAt?.getTime() === now.getTime())).toBe(true);
  });

  it("still lists an anonymised session to its volunteer, as a founder whose details are erased", async () => {
    const mentor = await createMentor();
    const row = await createBookingWith(mentor.id, { startsAt: new Date("2037-07-01T10:00:00Z"), status: "held" });
    expect((await findFounderDetails(row.id))?.email).toBe(row.founderEmail);
    await anonymiseBookings([row.id], new Date("2038-02-01T00:00:00Z"));
    const [session] = await listMentorSessions(mentor.id, new Date("2038-02-01T00:00:00Z"));
    expect(session).toMatchObject({ id: row.id, founderName: "a founder (details erased)", founderEmail: "", message: "" });
    expect((await findOutcomeSession(row.id))?.founderName).toBe("a founder (details erased)");
    // The next booking form is not prefilled from an erased booking, not even with the country.
    expect(await findFounderDetails(row.id)).toBeNull();
  });

  it("leaves every organiser statistic as it was", async () => {
    const [a, b] = [await createMentor({ timeZone: "UTC" }), await createMentor({ timeZone: "UTC" })];
    const topics = [(await createTopic()).id, (await createTopic()).id];
    const at = (iso: string) => new Date(`${iso}Z`);
    const specs = [
      { mentor: a, startsAt: at("2037-09-07T10:00:00"), status: "confirmed", country: "DE", topicIds: topics },
      { mentor: a, startsAt: at("2037-09-08T10:00:00"), status: "held", country: "DE", topicIds: [topics[0]!] },
      { mentor: b, startsAt: at("2037-09-09T10:00:00"), status: "no_show", country: "KE", topicIds: [topics[1]!] },
      { mentor: b, startsAt: at("2037-09-10T10:00:00"), status: "cancelled_by_founder", country: "KE", topicIds: [] },
      { mentor: b, startsAt: at("2037-09-11T10:00:00"), status: "expired", country: "BR", topicIds: [topics[0]!] },
      { mentor: a, startsAt: at("2037-09-12T10:00:00"), status: "pending", country: "BR", topicIds: [], expiresAt: at("2037-08-30T10:00:00") },
    ] as const;
    const ids: string[] = [];
    for (const spec of specs) {
      const row = await createBookingWith(spec.mentor.id, {
        startsAt: spec.startsAt,
        createdAt: at("2037-08-30T09:00:00"),
        status: spec.status,
        country: spec.country,
        topicIds: [...spec.topicIds],
        ...("expiresAt" in spec ? { expiresAt: spec.expiresAt } : {}),
      });
      ids.push(row.id);
    }
    await db.booking.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { followUpAskedAt: at("2037-09-12T12:00:00") } });
    await db.sessionFeedback.create({ data: { bookingId: ids[0]!, usefulness: 5, nextStep: "another_session", comment: "Great", quoteConsent: true } });
    await db.sessionFeedback.create({ data: { bookingId: ids[1]!, usefulness: 3, nextStep: "still_exploring", comment: "Fine" } });

    const scope = { ...periodScope({ from: "2037-09-07", to: "2037-09-13" }), mentorIds: [a.id, b.id] };
    const now = at("2037-09-20T00:00:00");
    const before = await computeProgrammeStats(scope, now);
    expect(before.requests).toBe(6);
    expect(before.feedback.responses).toBe(2);

    await retain(at("2038-04-01T00:00:00"));
    expect((await db.booking.findMany({ where: { id: { in: ids } } })).every((row) => row.anonymisedAt && row.founderEmail === "")).toBe(true);
    expect(await computeProgrammeStats(scope, now)).toEqual(before);
  });
});
