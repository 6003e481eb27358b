import { createServer, type Server } from "node:http";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { loadCalendarFeed } from "@/lib/calendar/loaders";
import { createFeedToken } from "@/lib/calendar/mutations";
import { findCalendarsPage } from "@/lib/calendars/loaders";
import { addFeedSource } from "@/lib/calendars/mutations";
import { db } from "@/lib/db/client";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

const uids = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((event) => String(event.getFirstPropertyValue("uid")));

let server: Server;
let served = "";
let base = "";

beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/calendar" }).end(served));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

describe("a volunteer's Candle sessions in their own calendar", () => {
  it("carry one UID in the emailed invite and the feed, so a calendar holding both shows the session once, and an imported copy is not a clash", async () => {
    const mentor = await createMentor();
    const topic = await createTopic();
    const now = new Date();
    const [schedule] = await loadMentorSchedules([mentor.id], now);
    const [slot] = expandAvailability(schedule!.settings, schedule!.busy, now);
    const founderEmail = `founder-${uniqueTag()}@example.com`;
    const held = await holdSlot(
      {
        name: "Ada Founder",
        email: founderEmail,
        country: "GB",
        topics: [topic.id],
        stage: "idea",
        message: "Where do we start?",
        consent: "yes",
        mentorId: mentor.id,
        startsAt: slot!.startsAt,
        timeZone: "UTC",
      },
      now,
    );
    if (!held.ok) throw new Error(`could not hold: ${held.reason}`);
    const confirmToken = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec((await db.outboxEmail.findFirstOrThrow({ where: { to: founderEmail } })).text)![1]!;
    await confirmBooking(confirmToken, now);
    const booking = await db.booking.findUniqueOrThrow({ where: { id: held.bookingId } });

    const invite = await db.outboxEmail.findFirstOrThrow({ where: { to: mentor.user.email, icsMethod: "REQUEST" } });
    const feed = await loadCalendarFeed(`${await createFeedToken(mentor.id)}.ics`, now);
    expect(uids(invite.ics!)).toEqual([booking.icsUid]);
    expect(uids(feed!)).toEqual([booking.icsUid]);

    // The volunteer's calendar now holds the accepted invite and a meeting of their own.
    const own = invite.ics!.replace("METHOD:REQUEST", "METHOD:PUBLISH");
    const meeting = [
      "BEGIN:VEVENT",
      "UID:their-own-meeting",
      "DTSTAMP:20270101T000000Z",
      "SUMMARY:Rota",
      `DTSTART:${ICAL.Time.fromJSDate(new Date(slot!.startsAt.getTime() + 86_400_000), true).toICALString()}`,
      "DURATION:PT1H",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    served = own.replace(/END:VCALENDAR\s*$/, meeting);
    await addFeedSource(mentor.id, { label: "Personal", url: `${base}/me.ics` }, now, { timeoutMs: 2_000, maxBytes: 100_000, allowPrivateHosts: true });
    const busy = await db.busyTime.findMany({ where: { mentorId: mentor.id } });
    expect(busy.map((row) => row.title)).toEqual(["Rota"]);
    expect((await findCalendarsPage(mentor.id, now)).clashes).toEqual([]);
  });
});
