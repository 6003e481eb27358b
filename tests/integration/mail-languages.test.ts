import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBooking, confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import type { BookingRequest } from "@/lib/bookings/schema";
import { db } from "@/lib/db/client";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

// Each person's mail is in their own language: a founder who booked on a Spanish
// page reads Spanish (as do their co-founders), a volunteer who speaks English
// reads English, and every copy of the invite is the same event.

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

function request(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    name: "Lucía Founder",
    email: `founder-${uniqueTag()}@example.com`,
    coFounders: [],
    country: "AR",
    topics: [topicId],
    stage: "forming_group",
    message: "¿Cómo repartimos los excedentes?",
    consent: "yes",
    ...overrides,
  };
}

const mailTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

function inviteEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
}

function tokenIn(text: string, kind: "confirm" | "manage") {
  const match = new RegExp(`/es/bookings/${kind}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no Spanish ${kind} link in:\n${text}`);
  return match[1];
}

describe("mail in each recipient's language", () => {
  it("writes to a founder who booked in Spanish in Spanish, with links to Spanish pages, and to an English-speaking volunteer in English", async () => {
    const mentor = await createMentor({ timeZone: "Europe/London" });
    const now = new Date();
    const [schedule] = await loadMentorSchedules([mentor.id], now);
    const [slot] = expandAvailability(schedule!.settings, schedule!.busy, now);
    const coFounder = `co-${uniqueTag()}@example.com`;
    const founder = request({ coFounders: [coFounder] });

    const held = await holdSlot({ ...founder, mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "America/Argentina/Buenos_Aires", locale: "es" }, now);
    expect(held.ok).toBe(true);
    const [confirmation] = await mailTo(founder.email);
    expect(confirmation!.subject).toBe(`Confirma tu sesión con ${mentor.displayName}`);
    expect(confirmation!.text).toContain("Hola, Lucía Founder:");
    expect(confirmation!.text).toContain("(America/Argentina/Buenos_Aires");
    expect(confirmation!.html).toContain('<html lang="es"');

    expect(await confirmBooking(tokenIn(confirmation!.text, "confirm"), new Date(now.getTime() + 60_000))).toMatchObject({ ok: true });
    const founderMail = (await mailTo(founder.email))[1]!;
    const mentorMail = (await mailTo(mentor.user.email))[0]!;
    const coFounderMail = (await mailTo(coFounder))[0]!;

    expect(founderMail.subject).toMatch(/^Confirmada: tu sesión con /);
    expect(founderMail.text).toContain("Antes de la sesión");
    expect(founderMail.text).toContain(`/es/bookings/manage/${tokenIn(founderMail.text, "manage")}`);
    expect(mentorMail.subject).toBe(`New session with Lucía Founder on ${mentorMail.subject.split(" on ")[1]}`);
    expect(mentorMail.text).toContain("Hi " + mentor.displayName + ",");
    expect(mentorMail.text).toContain("Argentina");
    expect(mentorMail.text).toContain("(Europe/London");
    expect(mentorMail.html).toContain('<html lang="en"');
    expect(coFounderMail.subject).toMatch(/^Invitación: una sesión con /);
    expect(coFounderMail.text).toMatch(/\/es\/bookings\/co-founder\/[A-Za-z0-9_-]{43}/);

    const [founderEvent, mentorEvent, coFounderEvent] = [founderMail, mentorMail, coFounderMail].map((mail) => inviteEvent(mail.ics!));
    expect(founderEvent!.summary).toBe(`Sesión de Candle: ${mentor.displayName} y Lucía Founder`);
    expect(founderEvent!.description).toContain("Temas:");
    expect(founderEvent!.description).toContain("Cancelar o cambiar esta sesión: ");
    expect(mentorEvent!.description).toContain("Topics:");
    expect(mentorEvent!.description).toContain("Your sessions: ");
    expect(coFounderEvent!.description).toContain("¿No vas a venir? ");
    for (const event of [mentorEvent!, coFounderEvent!]) {
      expect([event.uid, event.sequence]).toEqual([founderEvent!.uid, founderEvent!.sequence]);
      expect(event.startDate.toJSDate().toISOString()).toBe(slot!.startsAt.toISOString());
    }
  });

  it("gives each reader the invite's title in their language, the same UID and SEQUENCE, and cancels in each language", async () => {
    const mentor = await createMentor();
    await db.user.update({ where: { id: mentor.userId }, data: { locale: "ja" } });
    const now = new Date();
    const [schedule] = await loadMentorSchedules([mentor.id], now);
    const [slot] = expandAvailability(schedule!.settings, schedule!.busy, now);
    const founder = request();
    await holdSlot({ ...founder, mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "Europe/Madrid", locale: "es" }, now);
    await confirmBooking(tokenIn((await mailTo(founder.email))[0]!.text, "confirm"), now);

    const founderInvite = inviteEvent((await mailTo(founder.email))[1]!.ics!);
    const mentorMail = (await mailTo(mentor.user.email))[0]!;
    const mentorInvite = inviteEvent(mentorMail.ics!);
    expect(mentorMail.subject).toContain("Lucía Founderさんとの新しいセッション");
    expect(mentorMail.text).toContain("(Europe/London");
    expect(founderInvite.summary).toBe(`Sesión de Candle: ${mentor.displayName} y Lucía Founder`);
    expect(mentorInvite.summary).toBe(`Candle のセッション：${mentor.displayName} さんと Lucía Founder さん`);
    expect(mentorInvite.summary).not.toBe(founderInvite.summary);
    expect([mentorInvite.uid, mentorInvite.sequence]).toEqual([founderInvite.uid, founderInvite.sequence]);

    const booking = await db.booking.findFirstOrThrow({ where: { mentorId: mentor.id } });
    expect(await cancelBooking(booking.id, { role: "mentor", actorId: mentor.userId, actorLabel: mentor.displayName }, "Estoy enfermo", now)).toMatchObject({
      ok: true,
    });
    const founderCancel = (await mailTo(founder.email)).at(-1)!;
    const mentorCancel = (await mailTo(mentor.user.email)).at(-1)!;
    expect(founderCancel.subject).toMatch(/^Cancelada: /);
    expect(founderCancel.text).toContain(`${mentor.displayName} ha cancelado tu sesión.`);
    expect(founderCancel.text).toMatch(/https?:\/\/[^/\s]+\/es\/mentors/);
    expect(mentorCancel.subject).toMatch(/^取り消し：/);
    const [founderCancelled, mentorCancelled] = [founderCancel, mentorCancel].map((mail) => inviteEvent(mail.ics!));
    expect(mentorCancelled!.uid).toBe(founderCancelled!.uid);
    expect(mentorCancelled!.sequence).toBe(founderCancelled!.sequence);
    expect(mentorCancelled!.sequence).toBeGreaterThan(founderInvite.sequence);
  });
});
