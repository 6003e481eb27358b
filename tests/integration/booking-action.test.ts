import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { issueFormToken } from "@/lib/antibot/form-token";
import { HONEYPOT_FIELD } from "@/lib/antibot/honeypot";
import { createChallenge } from "@/lib/antibot/proof-of-work";
import { encodePayload, solveChallenge } from "@/lib/antibot/solve";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBookingAction, confirmBookingAction, moveBookingAction, submitBooking } from "@/lib/bookings/actions";
import { MAX_HOLDS_PER_MENTOR, MAX_MOVES } from "@/lib/bookings/status";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { createBooking, createMentor, createTopic, uniqueTag } from "../support/factories";
import { newRequest, outcome, request } from "../support/next-request";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next-intl/server", () => import("./support/intl-after").then((m) => m.intlServer));
vi.mock("@/lib/i18n/navigation", () => import("./support/intl-after").then((m) => m.intlNavigation));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next/server", () => import("../support/next-request").then((m) => m.nextServer));

// The booking form's action, called as the browser calls it (real FormData)
// against the real database: each test names the one defence it proves.

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
// A network of its own for each test, so no test spends another's allowance.
let networks = 0;
beforeEach(() => {
  networks += 1;
  newRequest(`198.51.${100 + Math.floor(networks / 250)}.${(networks % 250) + 1}`);
});
afterAll(() => db.$disconnect());

async function freeSlots(mentorId: string, now = new Date()) {
  const [schedule] = await loadMentorSchedules([mentorId], now);
  return expandAvailability(schedule!.settings, schedule!.busy, now);
}

const bookableMentor = () => createMentor({ minNoticeHours: 0, maxPerWeek: 50 });

async function proofOfWork() {
  const challenge = await createChallenge(config.secret);
  return encodePayload(challenge, (await solveChallenge(challenge))!);
}

interface FormOptions {
  start: Date;
  email?: string;
  /** The proof of work a browser with JavaScript sends; null for none. */
  altcha?: string | null;
  formToken?: string;
  extra?: Record<string, string>;
}

async function bookingForm(mentor: { id: string; slug: string }, options: FormOptions) {
  const form = new FormData();
  const fields: Record<string, string> = {
    mentor: mentor.slug,
    tz: "Europe/Madrid",
    start: options.start.toISOString(),
    formToken: options.formToken ?? issueFormToken(config.secret, mentor.id, new Date(Date.now() - 60_000)),
    name: "Ada Founder",
    email: options.email ?? `founder-${uniqueTag()}@example.com`,
    country: "ES",
    stage: "forming_group",
    message: "How do we share surplus fairly?",
    consent: "yes",
    [HONEYPOT_FIELD]: "",
    ...options.extra,
  };
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.append("topics", topicId);
  const altcha = options.altcha === undefined ? await proofOfWork() : options.altcha;
  if (altcha !== null) form.set("altcha", altcha);
  return form;
}

const submit = (form: FormData) => outcome(submitBooking({}, form));
const bookingsOf = (mentorId: string) => db.booking.findMany({ where: { mentorId }, orderBy: { createdAt: "asc" } });

function messageOf(result: Awaited<ReturnType<typeof submit>>) {
  if (!("state" in result)) throw new Error(`expected the form back, got ${JSON.stringify(result)}`);
  return result.state.message;
}

describe("the booking action", () => {
  it("holds the time for a form with a proof of work and redirects to 'check your email'", async () => {
    const mentor = await bookableMentor();
    const [slot] = await freeSlots(mentor.id);
    const result = await submit(await bookingForm(mentor, { start: slot!.startsAt }));
    expect(result).toEqual({ redirect: `/bookings/requested?mentor=${mentor.slug}` });
    const [booking] = await bookingsOf(mentor.id);
    expect(booking).toMatchObject({ status: "pending", founderTimeZone: "Europe/Madrid" });
    expect((await freeSlots(mentor.id)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(false);
  });

  it("honeypot: refuses a form whose hidden trap field was filled, writing nothing", async () => {
    const mentor = await bookableMentor();
    const [slot] = await freeSlots(mentor.id);
    const result = await submit(await bookingForm(mentor, { start: slot!.startsAt, extra: { [HONEYPOT_FIELD]: "Buy now" } }));
    expect(messageOf(result)).toBe("Your booking could not be accepted. Please try again.");
    expect(await bookingsOf(mentor.id)).toHaveLength(0);
  });

  it("spent challenge: refuses a proof of work that already made a booking, even on a fresh form", async () => {
    const mentor = await bookableMentor();
    const [first, second] = await freeSlots(mentor.id);
    const altcha = await proofOfWork();
    expect(await submit(await bookingForm(mentor, { start: first!.startsAt, altcha }))).toHaveProperty("redirect");
    const replay = await submit(await bookingForm(mentor, { start: second!.startsAt, altcha }));
    expect(messageOf(replay)).toBe("This form was already sent. Please reload the page and try again.");
    expect(await bookingsOf(mentor.id)).toHaveLength(1);
  });

  it("single-use form token: refuses a form token that already made a booking, even with a fresh proof of work", async () => {
    const mentor = await bookableMentor();
    const [first, second] = await freeSlots(mentor.id);
    const formToken = issueFormToken(config.secret, mentor.id, new Date(Date.now() - 60_000));
    expect(await submit(await bookingForm(mentor, { start: first!.startsAt, formToken }))).toHaveProperty("redirect");
    const replay = await submit(await bookingForm(mentor, { start: second!.startsAt, formToken }));
    expect(messageOf(replay)).toBe("This form was already sent. Please reload the page and try again.");
    const noScriptReplay = await submit(await bookingForm(mentor, { start: second!.startsAt, formToken, altcha: null }));
    expect(messageOf(noScriptReplay)).toBe("This form was already sent. Please reload the page and try again.");
    expect(await bookingsOf(mentor.id)).toHaveLength(1);
  });

  it("form token: refuses a form that was not rendered by Candle, or sent within seconds of opening", async () => {
    const mentor = await bookableMentor();
    const [slot] = await freeSlots(mentor.id);
    const forged = await submit(await bookingForm(mentor, { start: slot!.startsAt, formToken: "A".repeat(54) }));
    expect(messageOf(forged)).toBe("This form could not be verified. Please reload the page and try again.");
    const fast = await submit(await bookingForm(mentor, { start: slot!.startsAt, formToken: issueFormToken(config.secret, mentor.id) }));
    expect(messageOf(fast)).toBe("That was very quick. Please check your details and send the form again.");
    const noScriptFast = issueFormToken(config.secret, mentor.id, new Date(Date.now() - 5_000));
    expect(messageOf(await submit(await bookingForm(mentor, { start: slot!.startsAt, formToken: noScriptFast, altcha: null })))).toBe(
      "That was very quick. Please check your details and send the form again.",
    );
    expect(await bookingsOf(mentor.id)).toHaveLength(0);
  });

  it("proof of work: refuses a forged or tampered proof", async () => {
    const mentor = await bookableMentor();
    const [slot] = await freeSlots(mentor.id);
    const genuine = JSON.parse(Buffer.from(await proofOfWork(), "base64").toString("utf8"));
    genuine.solution.counter += 1;
    const tampered = Buffer.from(JSON.stringify(genuine)).toString("base64");
    for (const altcha of [tampered, "bm90IGEgcHJvb2Y="]) {
      expect(messageOf(await submit(await bookingForm(mentor, { start: slot!.startsAt, altcha })))).toBe(
        "Your browser's check did not go through. Please reload the page and try again.",
      );
    }
    expect(await bookingsOf(mentor.id)).toHaveLength(0);
  });

  it("per-network limit: refuses the booking after BOOKING_LIMIT_PER_IP from one network, whatever X-Forwarded-For says", async () => {
    const mentors = await Promise.all([bookableMentor(), bookableMentor(), bookableMentor(), bookableMentor()]);
    const slots = (await Promise.all(mentors.map((mentor) => freeSlots(mentor.id)))).flatMap((list, index) =>
      list.slice(0, 3).map((slot) => ({ mentor: mentors[index]!, slot })),
    );
    newRequest("192.0.2.77");
    const results = [];
    for (const [n, { mentor, slot }] of slots.slice(0, config.bookingLimitPerIp + 1).entries()) {
      request.headers.set("x-forwarded-for", `203.0.113.${n + 1}`);
      results.push(await submit(await bookingForm(mentor, { start: slot.startsAt })));
    }
    expect(results.slice(0, config.bookingLimitPerIp).every((result) => "redirect" in result)).toBe(true);
    expect(messageOf(results.at(-1)!)).toMatch(/^Too many bookings from here for now\. Please try again in \d+ minutes?\.$/);
    const booked = await db.booking.count({ where: { mentorId: { in: mentors.map((mentor) => mentor.id) } } });
    expect(booked).toBe(config.bookingLimitPerIp);
  });

  it("per-email limit: refuses a sixth booking for one inbox in a day, however the address is spelled", async () => {
    const mentor = await bookableMentor();
    const slots = await freeSlots(mentor.id);
    const inbox = `ada-${uniqueTag()}`;
    const spellings = [
      `${inbox}@example.com`,
      `${inbox}+a@example.com`,
      `${inbox.toUpperCase()}@EXAMPLE.COM`,
      `${inbox}+b@example.com`,
      `${inbox}+c@example.com`,
      `${inbox}+d@example.com`,
    ];
    const results = [];
    for (const [n, email] of spellings.entries()) {
      newRequest(`192.0.2.${100 + n}`);
      results.push(await submit(await bookingForm(mentor, { start: slots[n]!.startsAt, email, altcha: null })));
    }
    expect(results.slice(0, 5).every((result) => "redirect" in result)).toBe(true);
    expect(messageOf(results.at(-1)!)).toMatch(/^Too many bookings from here/);
  });

  it("without JavaScript: takes a request that holds nothing, and the first founder to confirm gets the time", async () => {
    const mentor = await bookableMentor();
    const [slot, other] = await freeSlots(mentor.id);
    const forms = [await bookingForm(mentor, { start: slot!.startsAt, altcha: null }), await bookingForm(mentor, { start: slot!.startsAt, altcha: null })];
    for (const form of forms) expect(await submit(form), "each request is taken").toEqual({ redirect: `/bookings/requested?mentor=${mentor.slug}&held=0` });
    const requests = await bookingsOf(mentor.id);
    expect(requests.map((booking) => booking.status)).toEqual(["requested", "requested"]);
    expect((await freeSlots(mentor.id)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(true);

    const tokens = await Promise.all(
      requests.map(async (booking) => {
        const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: booking.founderEmail } });
        expect(mail.text).toContain("This time is not held for you yet");
        return /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
      }),
    );
    const confirm = (token: string, start?: Date) => {
      const form = new FormData();
      form.set("token", token);
      if (start) form.set("start", start.toISOString());
      return outcome(confirmBookingAction(form));
    };
    expect(await confirm(tokens[0]!)).toEqual({ redirect: `/bookings/confirm/${tokens[0]}?done=confirmed` });
    expect(await confirm(tokens[1]!)).toEqual({ redirect: `/bookings/confirm/${tokens[1]}?done=taken` });
    expect(await confirm(tokens[1]!, other!.startsAt)).toEqual({ redirect: `/bookings/confirm/${tokens[1]}?done=confirmed` });
    const after = await bookingsOf(mentor.id);
    expect(after.map((booking) => [booking.status, booking.startsAt.getTime()])).toEqual([
      ["confirmed", slot!.startsAt.getTime()],
      ["confirmed", other!.startsAt.getTime()],
    ]);
  });

  it("a request is confirmed, and a booking moved, onto a time whose hold has lapsed but is not yet marked expired", async () => {
    const mentor = await bookableMentor();
    const [slot, , third] = await freeSlots(mentor.id);
    const lapsed = (startsAt: Date) => createBooking(mentor.id, { startsAt, status: "pending", expiresAt: new Date(Date.now() - 60_000) });
    await lapsed(slot!.startsAt);
    await lapsed(third!.startsAt);
    expect(await submit(await bookingForm(mentor, { start: slot!.startsAt, altcha: null }))).toHaveProperty("redirect");
    const request = (await bookingsOf(mentor.id)).find((booking) => booking.status === "requested")!;
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: request.founderEmail } });
    const token = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const form = new FormData();
    form.set("token", token);
    expect(await outcome(confirmBookingAction(form))).toEqual({ redirect: `/bookings/confirm/${token}?done=confirmed` });

    const manage = /\/bookings\/manage\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const move = new FormData();
    move.set("token", manage);
    move.set("start", third!.startsAt.toISOString());
    expect(await outcome(moveBookingAction(move))).toEqual({ redirect: `/bookings/manage/${manage}?done=moved` });
  });

  it("will not move a hold whose time to confirm has run out", async () => {
    const mentor = await bookableMentor();
    const [slot, other] = await freeSlots(mentor.id);
    expect(await submit(await bookingForm(mentor, { start: slot!.startsAt }))).toHaveProperty("redirect");
    const [booking] = await bookingsOf(mentor.id);
    await db.booking.update({ where: { id: booking!.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: booking!.founderEmail } });
    const manage = /\/bookings\/manage\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const move = new FormData();
    move.set("token", manage);
    move.set("start", other!.startsAt.toISOString());
    expect(await outcome(moveBookingAction(move))).toEqual({ redirect: `/bookings/manage/${manage}?done=not-active` });
  });

  it(`caps holds per mentor: past ${MAX_HOLDS_PER_MENTOR} unconfirmed holds, bookings are requests that hold nothing`, async () => {
    const mentor = await bookableMentor();
    const slots = await freeSlots(mentor.id);
    const results = [];
    for (let n = 0; n <= MAX_HOLDS_PER_MENTOR; n++) results.push(await submit(await bookingForm(mentor, { start: slots[n]!.startsAt })));
    expect(results.at(-1)).toEqual({ redirect: `/bookings/requested?mentor=${mentor.slug}&held=0` });
    expect((await bookingsOf(mentor.id)).map((booking) => booking.status)).toEqual([...Array(MAX_HOLDS_PER_MENTOR).fill("pending"), "requested"]);
  });

  it("reports a clash caught only by the unique index as 'just taken', with other times, not as an error", async () => {
    const mentor = await bookableMentor();
    const [slot] = await freeSlots(mentor.id);
    // A row the slot check cannot see (it ends before it starts) but the unique index on (mentor, start) does.
    const corrupt = await createBooking(mentor.id, { startsAt: slot!.startsAt, status: "confirmed" });
    await db.booking.update({ where: { id: corrupt.id }, data: { endsAt: new Date(slot!.startsAt.getTime() - 86_400_000) } });
    const result = await submit(await bookingForm(mentor, { start: slot!.startsAt }));
    if (!("state" in result)) throw new Error("expected the form back");
    expect(result.state.errors?.start).toBe("Sorry, someone has just taken that time.");
    expect(result.state.values?.name).toBe("Ada Founder");
    expect(result.state.alternatives?.length).toBeGreaterThan(0);
  });
});

describe("the emailed manage link", () => {
  const manageForm = (token: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.set("token", token);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return form;
  };

  async function bookedSession() {
    const mentor = await bookableMentor();
    const slots = await freeSlots(mentor.id);
    expect(await submit(await bookingForm(mentor, { start: slots[0]!.startsAt }))).toHaveProperty("redirect");
    const [booking] = await bookingsOf(mentor.id);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: booking!.founderEmail } });
    const token = /\/bookings\/manage\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    return { mentor, slots, booking: booking!, token };
  }

  it("refuses to cancel or move a session that has already started", async () => {
    const { booking, slots, token } = await bookedSession();
    await db.booking.update({
      where: { id: booking.id },
      data: { status: "confirmed", startsAt: new Date(Date.now() - 600_000), endsAt: new Date(Date.now() + 3_000_000) },
    });
    expect(await outcome(cancelBookingAction(manageForm(token)))).toEqual({ redirect: `/bookings/manage/${token}?done=started` });
    expect(await outcome(moveBookingAction(manageForm(token, { start: slots[3]!.startsAt.toISOString() })))).toEqual({
      redirect: `/bookings/manage/${token}?done=started`,
    });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "confirmed", icsSequence: 0 });
  });

  it(`allows ${MAX_MOVES} moves of one session, then asks the founder to book anew`, async () => {
    const { booking, slots, token } = await bookedSession();
    const results = [];
    for (let n = 1; n <= MAX_MOVES + 1; n++) results.push(await outcome(moveBookingAction(manageForm(token, { start: slots[n]!.startsAt.toISOString() }))));
    expect(results).toEqual([
      ...Array(MAX_MOVES).fill({ redirect: `/bookings/manage/${token}?done=moved` }),
      { redirect: `/bookings/manage/${token}?done=too-many-moves` },
    ]);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).startsAt).toEqual(slots[MAX_MOVES]!.startsAt);
  });

  it("acts at most ten times an hour per booking, from any network", async () => {
    const { booking } = await bookedSession();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: booking.founderEmail } });
    const confirmToken = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const results = [];
    for (let n = 0; n < 11; n++) {
      newRequest(`192.0.2.${200 + n}`);
      results.push(await outcome(confirmBookingAction(manageForm(confirmToken))));
    }
    expect(results.slice(0, 10)).toEqual(Array(10).fill({ redirect: `/bookings/confirm/${confirmToken}?done=confirmed` }));
    expect(results[10]).toEqual({ redirect: `/bookings/confirm/${confirmToken}?done=busy` });
  });
});
