import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { outcomeUrl } from "@/lib/bookings/links";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { findFeedbackSession, findOutcomeSession } from "@/lib/feedback/data";
import { markOutcomeFromLink, queueFollowUps, saveFeedback } from "@/lib/feedback/mutations";
import { listMentorSessions } from "@/lib/sessions/data";
import { listBookingsForExport } from "@/lib/stats/data";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

// The clock is driven: sessions in June 2032, which no other test uses.
const HOUR = 3_600_000;
const DELAY = 2 * HOUR;
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(async () => {
  await db.$disconnect();
});

/** A session booked and confirmed through the real mutations, a week before it starts. */
async function confirmedSession(startsAt: Date, mentor?: Awaited<ReturnType<typeof createMentor>>) {
  mentor ??= await createMentor({ timeZone: "Europe/Madrid", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
  const email = `founder-${uniqueTag()}@example.com`;
  const now = new Date(startsAt.getTime() - 7 * 24 * HOUR);
  const held = await holdSlot(
    {
      name: "Lucía Founder",
      email,
      country: "AR",
      topics: [topicId],
      stage: "forming_group",
      message: "How do we pay ourselves fairly?",
      consent: "yes",
      mentorId: mentor.id,
      startsAt,
      timeZone: "America/Argentina/Buenos_Aires",
    },
    now,
  );
  if (!held.ok) throw new Error(`could not hold: ${held.reason}`);
  const request = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
  expect((await confirmBooking(/\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!, now)).ok).toBe(true);
  const confirmed = await db.outboxEmail.findFirstOrThrow({ where: { to: email, subject: { startsWith: "Confirmed" } } });
  const manageToken = /\/bookings\/manage\/([A-Za-z0-9_-]{43})/.exec(confirmed.text)![1]!;
  return { bookingId: held.bookingId, mentor, founderEmail: email, manageToken, endsAt: new Date(startsAt.getTime() + HOUR) };
}

const followUpsOf = (bookingId: string) => db.outboxEmail.findMany({ where: { bookingId, purpose: "follow-up" }, orderBy: { to: "asc" } });

describe("after the session", () => {
  it("asks both people, once, two hours after the end: the volunteer whether it took place, the founder how useful it was", async () => {
    const session = await confirmedSession(new Date("2032-06-07T15:00:00Z"));
    const due = new Date(session.endsAt.getTime() + DELAY);

    expect((await queueFollowUps(new Date(due.getTime() - 60_000), DELAY)).sessions).toBe(0);
    expect(await followUpsOf(session.bookingId)).toHaveLength(0);

    // Two instances at once: one asks.
    const [first, second] = await Promise.all([queueFollowUps(due, DELAY), queueFollowUps(due, DELAY)]);
    expect(first.sessions + second.sessions).toBe(1);
    await queueFollowUps(new Date(due.getTime() + HOUR), DELAY);
    const mails = await followUpsOf(session.bookingId);
    expect(mails.map((mail) => mail.to).sort()).toEqual([session.founderEmail, session.mentor.user.email].sort());

    const founderMail = mails.find((mail) => mail.to === session.founderEmail)!;
    // 17:00–18:00 in Madrid is 12:00–13:00 in Buenos Aires.
    expect(founderMail.text).toContain("12:00–13:00 (America/Argentina/Buenos_Aires");
    expect(founderMail.text).toContain(`/bookings/manage/${session.manageToken}/feedback`);
    expect(founderMail.html).toContain(`/bookings/manage/${session.manageToken}/feedback?useful=5`);
    const mentorMail = mails.find((mail) => mail.to === session.mentor.user.email)!;
    expect(mentorMail.text).toContain("17:00–18:00 (Europe/Madrid");
    expect(mentorMail.text).toContain(outcomeUrl(config.publicUrl, config.secret, session.bookingId, "held", "en"));
    expect(mentorMail.text).toContain(outcomeUrl(config.publicUrl, config.secret, session.bookingId, "no_show", "en"));
  });

  it("asks only the founder when the volunteer already said it took place, nobody after a no-show, and never about old sessions", async () => {
    const held = await confirmedSession(new Date("2032-06-08T09:00:00Z"));
    const noShow = await confirmedSession(new Date("2032-06-08T11:00:00Z"), held.mentor);
    expect(await markOutcomeFromLink(held.bookingId, "held", held.endsAt)).toBe(true);
    expect(await markOutcomeFromLink(noShow.bookingId, "no_show", noShow.endsAt)).toBe(true);
    await queueFollowUps(new Date(noShow.endsAt.getTime() + DELAY), DELAY);
    expect((await followUpsOf(held.bookingId)).map((mail) => mail.to)).toEqual([held.founderEmail]);
    expect(await followUpsOf(noShow.bookingId)).toHaveLength(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: noShow.bookingId } })).followUpAskedAt).not.toBeNull();

    // Ended eight days before the follow-ups ran (every instance down, or the feature just turned on): left alone.
    const old = await confirmedSession(new Date("2032-06-01T09:00:00Z"), held.mentor);
    await queueFollowUps(new Date(old.endsAt.getTime() + 8 * 24 * HOUR), DELAY);
    expect(await followUpsOf(old.bookingId)).toHaveLength(0);
  });

  it("records a volunteer's answer from their link for their own ended session only, once", async () => {
    const session = await confirmedSession(new Date("2032-06-09T09:00:00Z"));
    expect(await markOutcomeFromLink(session.bookingId, "held", new Date(session.endsAt.getTime() - 60_000))).toBe(false);
    expect(await markOutcomeFromLink(session.bookingId, "no_show", session.endsAt)).toBe(true);
    expect(await markOutcomeFromLink(session.bookingId, "held", session.endsAt)).toBe(false);
    expect((await db.booking.findUniqueOrThrow({ where: { id: session.bookingId } })).status).toBe("no_show");
    expect(await markOutcomeFromLink("no-such-booking", "held", session.endsAt)).toBe(false);
  });

  it("loads the volunteer's outcome page in their own language, an erased founder named in it too", async () => {
    const session = await confirmedSession(new Date("2032-06-21T15:00:00Z"));
    expect((await findOutcomeSession(session.bookingId))?.locale).toBe("en");
    await db.user.update({ where: { id: session.mentor.user.id }, data: { locale: "ja" } });
    await db.booking.update({ where: { id: session.bookingId }, data: { founderName: "" } });
    expect(await findOutcomeSession(session.bookingId)).toMatchObject({ locale: "ja", founderName: "相談者（情報は消去済み）" });
  });

  it("takes the founder's feedback once the session is over, once, shows it to the volunteer, and counts it in the stats and exports", async () => {
    const mentor = await createMentor({ timeZone: "Europe/Madrid", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
    const sessions = await Promise.all(["09:00", "11:00", "13:00", "15:00"].map((time) => confirmedSession(new Date(`2032-06-10T${time}:00Z`), mentor)));
    const [a, b, c, d] = sessions as [(typeof sessions)[number], (typeof sessions)[number], (typeof sessions)[number], (typeof sessions)[number]];
    await queueFollowUps(new Date(d.endsAt.getTime() + DELAY), DELAY);

    const answer = { usefulness: 5, nextStep: "incorporating" as const, comment: "Thank you, we finally understand the bylaws.", quoteConsent: true };
    expect(await saveFeedback(a.bookingId, answer, new Date(a.endsAt.getTime() - 60_000))).toBe("not-yet");
    expect(await saveFeedback(a.bookingId, answer, a.endsAt)).toBe("saved");
    expect(await saveFeedback(a.bookingId, { ...answer, usefulness: 1 }, a.endsAt)).toBe("already-given");
    expect(await saveFeedback(b.bookingId, { usefulness: 3, nextStep: "another_session", comment: null, quoteConsent: false }, b.endsAt)).toBe("saved");
    expect(await saveFeedback(c.bookingId, { usefulness: 4, nextStep: "another_session", comment: "Useful", quoteConsent: false }, c.endsAt)).toBe("saved");
    await db.booking.update({ where: { id: d.bookingId }, data: { status: "cancelled_by_mentor" } });
    expect(await saveFeedback(d.bookingId, answer, d.endsAt)).toBe("not-held");
    // A founder the volunteer marked as a no-show, who answers from their manage page anyway: not asked, so not a response either.
    const e = await confirmedSession(new Date("2032-06-10T17:00:00Z"), mentor);
    expect(await markOutcomeFromLink(e.bookingId, "no_show", e.endsAt)).toBe(true);
    expect(await saveFeedback(e.bookingId, { usefulness: 1, nextStep: "decided_not", comment: null, quoteConsent: false }, e.endsAt)).toBe("saved");
    await queueFollowUps(new Date(e.endsAt.getTime() + DELAY), DELAY);

    expect((await findFeedbackSession(a.manageToken))?.feedback).toMatchObject({ usefulness: 5, nextStep: "incorporating", quoteConsent: true });
    const seen = (await listMentorSessions(mentor.id, new Date("2032-06-11T00:00:00Z"))).find((session) => session.id === a.bookingId);
    expect(seen?.feedback).toEqual({ usefulness: 5, nextStep: "incorporating", comment: answer.comment });

    const scope = periodScope({ from: "2032-06-10", to: "2032-06-10" }, [mentor.id]);
    const { feedback } = await computeProgrammeStats(scope, new Date("2032-06-11T00:00:00Z"));
    // Three founders asked (the cancelled session no longer counts), three answered.
    expect(feedback).toMatchObject({ asked: 3, responses: 3, rate: 1, medianUsefulness: 4, quotable: 1 });
    expect(feedback.usefulness).toEqual({ 3: 1, 4: 1, 5: 1 });
    expect(feedback.nextSteps).toEqual({ incorporating: 1, another_session: 2 });

    const plain = await listBookingsForExport(scope, { includeText: false, take: 10 });
    expect(plain.find((row) => row.id === a.bookingId)).toMatchObject({ feedback: { usefulness: 5, nextStep: "incorporating" } });
    expect(JSON.stringify(plain)).not.toContain("bylaws");
    const withText = await listBookingsForExport(scope, { includeText: true, take: 10 });
    expect(withText.find((row) => row.id === a.bookingId)?.freeText).toMatchObject({ feedbackComment: answer.comment, quoteConsent: true });
    expect(withText.find((row) => row.id === d.bookingId)?.freeText).toMatchObject({ feedbackComment: null, quoteConsent: null });
  });
});
