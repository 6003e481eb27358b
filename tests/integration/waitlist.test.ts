import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { issueFormToken } from "@/lib/antibot/form-token";
import { HONEYPOT_FIELD } from "@/lib/antibot/honeypot";
import { refreshDueNextFreeSlots, refreshNextFreeSlots } from "@/lib/availability/mutations";
import { cancelBooking, confirmBooking, expireStaleHolds, holdSlot } from "@/lib/bookings/mutations";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { joinWaitlist } from "@/lib/waitlist/actions";
import {
  confirmWaitlistEntry,
  notifyWaitlists,
  purgeEndedWaitlistEntries,
  signUpForWaitlist,
  unsubscribeFromWaitlists,
  type WaitlistTarget,
} from "@/lib/waitlist/mutations";
import { waitlistFormSubject } from "@/lib/waitlist/schema";
import { waitlistDemand } from "@/lib/waitlist/data";
import { createMentor, createTopic, uniqueTag } from "../support/factories";
import { newRequest, outcome } from "../support/next-request";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next/server", () => import("../support/next-request").then((m) => m.nextServer));

// The clock is driven: every test picks its own instant in 2031-2032, and the
// mentors' next free slots are recomputed at that instant, as housekeeping does.
const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

afterAll(() => db.$disconnect());
// Only this file uses the waitlist; each test starts with none, so one test's founders are not told in another's run.
beforeEach(async () => {
  await db.waitlistEntry.deleteMany();
});

const founderEmail = () => `founder-${uniqueTag()}@example.com`;
const mailsTo = (to: string) =>
  db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true, discardAfter: true } });
const freedMailsTo = async (to: string) => (await mailsTo(to)).filter((mail) => / has a free time on /.test(mail.subject));

/** A mentor with no hours at all: nothing free. */
async function fullMentor(options: { topicIds?: string[]; languages?: string[] } = {}) {
  const mentor = await createMentor({ hours: [] });
  await db.mentorProfile.update({
    where: { id: mentor.id },
    data: {
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
      languages: { create: (options.languages ?? []).map((language) => ({ language })) },
    },
  });
  return mentor;
}

/** New weekly hours (Mondays 09:00–12:00 London): time frees up, and the next free slot is recomputed at `now`. */
async function openHours(mentorId: string, now: Date) {
  await db.weeklyRule.create({ data: { mentorId, weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 } });
  await refreshNextFreeSlots([mentorId], now);
  return (await db.mentorProfile.findUniqueOrThrow({ where: { id: mentorId }, select: { nextFreeAt: true } })).nextFreeAt!;
}

async function join(email: string, target: WaitlistTarget, now: Date, timeZone = "America/New_York") {
  expect(await signUpForWaitlist({ email, timeZone, target }, now)).toBe("sent");
  const mail = (await mailsTo(email)).at(-1)!;
  return /\/waitlist\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

async function joinConfirmed(email: string, target: WaitlistTarget, now: Date, timeZone?: string) {
  const token = await join(email, target, now, timeZone);
  expect(await confirmWaitlistEntry(token, now)).toBe("confirmed");
  return token;
}

const forMentor = (mentor: { id: string; displayName: string }): WaitlistTarget => ({ mentorId: mentor.id, mentorName: mentor.displayName });

describe("the waitlist", () => {
  it("sends nothing but the confirmation before the founder confirms, then tells them of freed time with a link to book it in their zone", async () => {
    const now = at("2031-06-02T06:00:00Z");
    const mentor = await fullMentor();
    const email = founderEmail();
    const token = await join(email, forMentor(mentor), now, "Asia/Tokyo");
    expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual([`Please confirm: tell me when ${mentor.displayName} is free`]);

    const startsAt = await openHours(mentor.id, now);
    await notifyWaitlists(now);
    expect(await mailsTo(email)).toHaveLength(1);

    expect(await confirmWaitlistEntry(token, now)).toBe("confirmed");
    expect(await confirmWaitlistEntry(token, now)).toBe("already");
    await notifyWaitlists(now);
    const [freed] = await freedMailsTo(email);
    expect(freed!.text).toContain(`${config.publicUrl}/mentors/${mentor.slug}/book?start=${encodeURIComponent(startsAt.toISOString())}&tz=Asia%2FTokyo`);
    // Monday 2 June 2031, 09:00 in London is 17:00 in Tokyo.
    expect(freed!.text).toContain("Monday 2 June 2031, 17:00–18:00 (Asia/Tokyo");
    expect(freed!.text).toMatch(/\/waitlist\/unsubscribe\/[A-Za-z0-9_-]{43}/);
    expect(freed!.discardAfter?.getTime()).toBe(startsAt.getTime());

    // Told once: the entry has ended, so the next run (and the next freed slot) sends nothing more.
    await db.weeklyRule.create({ data: { mentorId: mentor.id, weekday: 7, startMinute: 0, endMinute: 24 * 60 } });
    await refreshNextFreeSlots([mentor.id], now);
    await notifyWaitlists(now);
    expect(await freedMailsTo(email)).toHaveLength(1);
  });

  it("tells of a slot freed by an expired hold and by a cancellation", async () => {
    // One slot in reach: Monday 2 August 2032, 09:00–10:00 in London.
    const now = at("2032-08-01T06:00:00Z");
    const topic = await createTopic();
    const mentor = await createMentor({ hours: [[1, "09:00", "10:00"]], horizonDays: 6 });
    const slot = at("2032-08-02T08:00:00Z");
    const hold = (email: string, when: Date) =>
      holdSlot(
        {
          name: "Bo",
          email,
          country: "GB",
          topics: [topic.id],
          stage: "forming_group",
          message: "Member shares?",
          consent: "yes",
          mentorId: mentor.id,
          startsAt: slot,
          timeZone: "UTC",
          hold: true,
        },
        when,
      );
    expect((await hold(founderEmail(), now)).ok).toBe(true);
    const first = founderEmail();
    await joinConfirmed(first, forMentor(mentor), now);
    await notifyWaitlists(now);
    expect(await freedMailsTo(first)).toHaveLength(0);

    const holdLapsed = later(now, 31 * 60_000);
    await expireStaleHolds(holdLapsed);
    await refreshDueNextFreeSlots(holdLapsed);
    await notifyWaitlists(holdLapsed);
    expect((await freedMailsTo(first)).map((mail) => mail.subject)).toEqual([`${mentor.displayName} has a free time on Mon 2 Aug`]);

    const booker = founderEmail();
    const booked = await hold(booker, holdLapsed);
    if (!booked.ok) throw new Error(booked.reason);
    const confirmLink = (await mailsTo(booker)).at(-1)!.text;
    expect((await confirmBooking(/\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(confirmLink)![1]!, holdLapsed)).ok).toBe(true);
    const second = founderEmail();
    await joinConfirmed(second, forMentor(mentor), holdLapsed);
    await notifyWaitlists(holdLapsed);
    expect(await freedMailsTo(second)).toHaveLength(0);

    const cancelled = later(holdLapsed, 60_000);
    expect((await cancelBooking(booked.bookingId, { role: "founder", actorLabel: "Founder" }, null, cancelled)).ok).toBe(true);
    await notifyWaitlists(cancelled);
    expect(await freedMailsTo(second)).toHaveLength(1);
    expect(await freedMailsTo(first)).toHaveLength(1);
  });

  it("lapses 30 days after confirming, and an unconfirmed sign-up's link after 7", async () => {
    const start = at("2031-09-01T06:00:00Z");
    const mentor = await fullMentor();
    const lapsing = founderEmail();
    const waiting = founderEmail();
    await joinConfirmed(lapsing, forMentor(mentor), start);
    await joinConfirmed(waiting, forMentor(mentor), later(start, 2 * DAY));
    const unconfirmed = await join(founderEmail(), forMentor(mentor), start);

    const check = later(start, 30 * DAY + 60_000);
    expect(await confirmWaitlistEntry(unconfirmed, later(start, 7 * DAY + 60_000))).toBe("ended");
    await openHours(mentor.id, check);
    await notifyWaitlists(check);
    expect(await freedMailsTo(lapsing)).toHaveLength(0);
    expect(await freedMailsTo(waiting)).toHaveLength(1);
    // Unconfirmed entries go at once; the lapsed one is kept (with whom it told) for 30 more days.
    expect(await purgeEndedWaitlistEntries(check)).toBe(1);
    expect(await purgeEndedWaitlistEntries(later(check, 31 * DAY))).toBe(2);
  });

  it("tells founders in the order they signed up, and each of a slot once, also with two notifiers running", async () => {
    const now = at("2031-11-03T06:00:00Z");
    const topic = await createTopic();
    const mentor = await fullMentor({ topicIds: [topic.id] });
    const founders = [founderEmail(), founderEmail(), founderEmail()];
    // Signed up a minute apart; confirmed in the opposite order, which does not change their place.
    for (const [index, email] of founders.entries()) await join(email, forMentor(mentor), later(now, (index - 10) * 60_000));
    for (const email of [...founders].reverse()) {
      const mail = (await mailsTo(email))[0]!;
      await confirmWaitlistEntry(/\/waitlist\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!, now);
    }
    // The first founder also waits via a directory search that this mentor answers.
    await joinConfirmed(founders[0]!, { topicId: topic.id, topicName: topic.name, language: null }, later(now, -20 * 60_000));
    await openHours(mentor.id, now);

    expect(await notifyWaitlists(now, 1)).toEqual({ told: 1, mentors: 1 });
    expect((await Promise.all(founders.map(freedMailsTo))).map((mails) => mails.length)).toEqual([1, 0, 0]);
    await notifyWaitlists(now, 1);
    expect((await Promise.all(founders.map(freedMailsTo))).map((mails) => mails.length)).toEqual([1, 1, 0]);

    await Promise.all([notifyWaitlists(now), notifyWaitlists(now)]);
    expect((await Promise.all(founders.map(freedMailsTo))).map((mails) => mails.length)).toEqual([1, 1, 1]);
    // The first founder heard of this slot through their search: their other entry keeps waiting for another slot.
    expect(await db.waitlistEntry.findMany({ where: { email: founders[0], expiresAt: { gt: now } }, select: { mentorId: true } })).toEqual([
      { mentorId: mentor.id },
    ]);
  });

  it("tells each of many founders once when two instances run the notifier at once", async () => {
    const now = at("2031-12-01T06:00:00Z");
    const topic = await createTopic();
    const mentor = await fullMentor({ topicIds: [topic.id] });
    const founders = Array.from({ length: 8 }, founderEmail);
    for (const email of founders) await joinConfirmed(email, forMentor(mentor), now);
    // Two entries of one address that this mentor answers: the founder still hears of the slot once.
    await joinConfirmed(founders[0]!, { topicId: topic.id, topicName: topic.name, language: null }, now);
    const startsAt = await openHours(mentor.id, now);
    const runs = await Promise.all([notifyWaitlists(now), notifyWaitlists(now)]);
    expect(runs[0]!.told + runs[1]!.told).toBe(founders.length);
    expect((await Promise.all(founders.map(freedMailsTo))).map((mails) => mails.length)).toEqual(founders.map(() => 1));
    expect(await db.waitlistNotice.count({ where: { mentorId: mentor.id, startsAt } })).toBe(founders.length);
  });

  it("matches a directory search's topic and language against a mentor whose time frees up", async () => {
    const now = at("2032-02-02T07:00:00Z");
    const [topic, other] = [await createTopic(), await createTopic()];
    const language = `x-${uniqueTag().slice(0, 8)}`;
    const mentor = await fullMentor({ topicIds: [topic.id], languages: [language] });
    const byTopic = founderEmail();
    const byLanguage = founderEmail();
    const byBoth = founderEmail();
    const otherTopic = founderEmail();
    const wrongPair = founderEmail();
    await joinConfirmed(byTopic, { topicId: topic.id, topicName: topic.name, language: null }, now);
    await joinConfirmed(byLanguage, { topicId: null, topicName: null, language }, now);
    await joinConfirmed(byBoth, { topicId: topic.id, topicName: topic.name, language }, now);
    await joinConfirmed(otherTopic, { topicId: other.id, topicName: other.name, language: null }, now);
    await joinConfirmed(wrongPair, { topicId: other.id, topicName: other.name, language }, now);

    await notifyWaitlists(now);
    expect(await freedMailsTo(byTopic)).toHaveLength(0);
    await openHours(mentor.id, now);
    await notifyWaitlists(now);
    for (const email of [byTopic, byLanguage, byBoth]) expect(await freedMailsTo(email)).toHaveLength(1);
    for (const email of [otherTopic, wrongPair]) expect(await freedMailsTo(email)).toHaveLength(0);
    expect((await freedMailsTo(byTopic))[0]!.text).toContain(`a mentor for ${topic.name} has free time. ${mentor.displayName} has:`);
  });

  it("takes an address off every waitlist with one unsubscribe, and counts only who is still waiting", async () => {
    const now = at("2032-05-03T06:00:00Z");
    const topic = await createTopic();
    const [first, second] = [await fullMentor(), await fullMentor()];
    const leaving = founderEmail();
    const staying = founderEmail();
    await joinConfirmed(leaving, forMentor(first), now);
    await joinConfirmed(leaving, forMentor(second), now);
    await joinConfirmed(staying, forMentor(first), now);
    await joinConfirmed(staying, { topicId: topic.id, topicName: topic.name, language: "es" }, now);
    await join(founderEmail(), forMentor(first), now);

    const demand = await waitlistDemand(now);
    expect(demand.mentors.find((row) => row.key === first.id)?.count).toBe(2);
    expect(demand.mentors.find((row) => row.key === second.id)?.count).toBe(1);
    expect(demand.topics).toEqual([{ key: topic.id, label: topic.name, count: 1 }]);
    expect(demand.languages).toEqual([{ key: "es", label: "es", count: 1 }]);

    const unsubscribe = /\/waitlist\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec((await mailsTo(leaving))[0]!.text)![1]!;
    expect(await unsubscribeFromWaitlists(unsubscribe)).toBe(2);
    expect(await unsubscribeFromWaitlists(unsubscribe)).toBe(0);
    await openHours(first.id, now);
    await openHours(second.id, now);
    await notifyWaitlists(now);
    expect(await freedMailsTo(leaving)).toHaveLength(0);
    expect(await freedMailsTo(staying)).toHaveLength(1);
    expect((await waitlistDemand(now)).mentors.find((row) => row.key === second.id)).toBeUndefined();
  });

  it("sends a second confirmation for the same request only after an hour, and never once confirmed", async () => {
    const now = at("2032-07-01T06:00:00Z");
    const mentor = await fullMentor();
    const email = founderEmail();
    const target = forMentor(mentor);
    await join(email, target, now);
    expect(await signUpForWaitlist({ email, timeZone: "UTC", target }, later(now, 30 * 60_000))).toBe("unchanged");
    expect(await signUpForWaitlist({ email, timeZone: "UTC", target }, later(now, 61 * 60_000))).toBe("sent");
    const [first, second] = await mailsTo(email);
    // The same link again: the first email's button still works.
    expect(second!.text).toBe(first!.text.replace(/works until [^.]+\./, /works until [^.]+\./.exec(second!.text)![0]));
    const token = /\/waitlist\/confirm\/([A-Za-z0-9_-]{43})/.exec(first!.text)![1]!;
    expect(await confirmWaitlistEntry(token, later(now, 2 * 3_600_000))).toBe("confirmed");
    expect(await signUpForWaitlist({ email, timeZone: "UTC", target }, later(now, 5 * 3_600_000))).toBe("unchanged");
    expect(await mailsTo(email)).toHaveLength(2);
  });
});

describe("the waitlist form", () => {
  let networks = 0;
  beforeEach(() => {
    networks += 1;
    newRequest(`192.0.2.${networks}`);
  });

  function waitlistForm(fields: Record<string, string>, subject: string, issuedMsAgo = 5_000) {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      tz: "Europe/Madrid",
      formToken: issueFormToken(config.secret, subject, new Date(Date.now() - issuedMsAgo)),
      ...fields,
    })) {
      form.append(name, value);
    }
    return form;
  }

  it("answers the same whether or not the address is on the list, and mails only a first request", async () => {
    const mentor = await fullMentor();
    const email = founderEmail();
    const subject = waitlistFormSubject({ mentorId: mentor.id });
    const send = () => outcome(joinWaitlist({}, waitlistForm({ email, mentor: mentor.slug }, subject)));
    expect(await send()).toEqual({ redirect: "/waitlist/check-email" });
    expect(await send()).toEqual({ redirect: "/waitlist/check-email" });
    const [confirmation] = await mailsTo(email);
    expect(await mailsTo(email)).toHaveLength(1);
    await confirmWaitlistEntry(/\/waitlist\/confirm\/([A-Za-z0-9_-]{43})/.exec(confirmation!.text)![1]!);
    expect(await send()).toEqual({ redirect: "/waitlist/check-email" });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await db.waitlistEntry.findFirst({ where: { email }, select: { timeZone: true } })).toEqual({ timeZone: "Europe/Madrid" });
  });

  it("takes a directory search's topic and language", async () => {
    const topic = await createTopic();
    const email = founderEmail();
    const subject = waitlistFormSubject({ topic: topic.slug, language: "pt-BR" });
    expect(await outcome(joinWaitlist({}, waitlistForm({ email, topic: topic.slug, language: "pt-BR" }, subject)))).toEqual({
      redirect: "/waitlist/check-email",
    });
    expect(await db.waitlistEntry.findFirst({ where: { email }, select: { mentorId: true, topicId: true, language: true } })).toEqual({
      mentorId: null,
      topicId: topic.id,
      language: "pt-BR",
    });
  });

  it("writes nothing for a bot: the trap filled, no token, another mentor's token, a form sent at once, or a search with nothing to wait for", async () => {
    const [mentor, other] = [await fullMentor(), await fullMentor()];
    const email = founderEmail();
    const subject = waitlistFormSubject({ mentorId: mentor.id });
    const trap = await outcome(joinWaitlist({}, waitlistForm({ email, mentor: mentor.slug, [HONEYPOT_FIELD]: "buy now" }, subject)));
    expect(trap).toEqual({ redirect: "/waitlist/check-email" });
    const noToken = waitlistForm({ email, mentor: mentor.slug }, subject);
    noToken.delete("formToken");
    const refusals = [
      await outcome(joinWaitlist({}, noToken)),
      await outcome(joinWaitlist({}, waitlistForm({ email, mentor: mentor.slug }, waitlistFormSubject({ mentorId: other.id })))),
      await outcome(joinWaitlist({}, waitlistForm({ email, mentor: mentor.slug }, subject, 0))),
      await outcome(joinWaitlist({}, waitlistForm({ email }, waitlistFormSubject({})))),
    ];
    for (const refused of refusals) expect(refused).toMatchObject({ state: { message: expect.any(String) } });
    // A lapsed token comes back with a fresh one, so the form can be sent again.
    expect((refusals[0] as { state: { formToken?: string } }).state.formToken).toBeTruthy();
    expect(await db.waitlistEntry.count({ where: { email } })).toBe(0);
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it("limits how many waitlists one address can be signed up to, so a script cannot flood an inbox", async () => {
    const email = founderEmail();
    const results = [];
    for (let n = 0; n < 5; n++) {
      const mentor = await fullMentor();
      newRequest(`198.18.0.${n + 1}`);
      results.push(await outcome(joinWaitlist({}, waitlistForm({ email, mentor: mentor.slug }, waitlistFormSubject({ mentorId: mentor.id })))));
    }
    expect(results.filter((result) => "redirect" in result)).toHaveLength(3);
    expect(results.at(-1)).toMatchObject({ state: { message: expect.stringContaining("Too many") } });
    expect(await mailsTo(email)).toHaveLength(3);
  });
});
