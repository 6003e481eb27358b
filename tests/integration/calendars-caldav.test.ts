import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { findAvailabilityEditor } from "@/lib/availability/loaders";
import { expandAvailability } from "@/lib/availability/slots";
import { discoverCalendars } from "@/lib/calendars/caldav";
import { findCalendarsPage } from "@/lib/calendars/loaders";
import { addCalDavSource, chooseCalendars, removeCalendarSource } from "@/lib/calendars/mutations";
import { db } from "@/lib/db/client";
import { createBooking, createMentor, uniqueTag } from "../support/factories";
import { startRadicale } from "../support/radicale";

const zone = "Europe/Berlin";
// Monday 22 March 2027, midnight in Berlin; clocks go forward on Sunday 28 March.
const now = DateTime.fromISO("2027-03-22T00:00", { zone }).toJSDate();
const limits = { timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivateHosts: true };

const VTIMEZONE = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

const ics = (...events: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Candle tests//EN", VTIMEZONE, ...events, "END:VCALENDAR", ""].join("\r\n").replace(/\r?\n/g, "\r\n");
const vevent = (lines: string[]) => ["BEGIN:VEVENT", "DTSTAMP:20270101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

// Weekly on Monday, Wednesday and Friday 09:00–10:00 Berlin: one Wednesday
// excluded, Monday 29 moved to Tuesday 30 at 10:30, Wednesday 31 cancelled.
const meetings = ics(
  vevent([
    "UID:meetings",
    "SUMMARY:Co-op meeting",
    "DTSTART;TZID=Europe/Berlin:20270301T090000",
    "DTEND;TZID=Europe/Berlin:20270301T100000",
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "EXDATE;TZID=Europe/Berlin:20270324T090000",
  ]),
  vevent([
    "UID:meetings",
    "SUMMARY:Co-op meeting (moved)",
    "RECURRENCE-ID;TZID=Europe/Berlin:20270329T090000",
    "DTSTART;TZID=Europe/Berlin:20270330T103000",
    "DTEND;TZID=Europe/Berlin:20270330T110000",
  ]),
  vevent([
    "UID:meetings",
    "SUMMARY:Co-op meeting",
    "RECURRENCE-ID;TZID=Europe/Berlin:20270331T090000",
    "DTSTART;TZID=Europe/Berlin:20270331T090000",
    "DTEND;TZID=Europe/Berlin:20270331T100000",
    "STATUS:CANCELLED",
  ]),
);
const agm = ics(vevent(["UID:agm", "SUMMARY:Co-op AGM", "DTSTART;VALUE=DATE:20270325", "DTEND;VALUE=DATE:20270326"]));
const focus = ics(
  vevent(["UID:focus", "SUMMARY:Focus time", "DTSTART;TZID=Europe/Berlin:20270323T090000", "DTEND;TZID=Europe/Berlin:20270323T120000", "TRANSP:TRANSPARENT"]),
);
const dentist = ics(vevent(["UID:dentist", "SUMMARY:Dentist", "DTSTART;TZID=Europe/Berlin:20270401T110000", "DTEND;TZID=Europe/Berlin:20270401T113000"]));

let radicale: Awaited<ReturnType<typeof startRadicale>>;
const user = `volunteer${uniqueTag().replace(/\W/g, "")}`;

beforeAll(async () => {
  radicale = await startRadicale();
  await radicale.createCalendar(user, "work", "Work");
  await radicale.createCalendar(user, "family", "Family");
  await radicale.putEvent(user, "work", "meetings", meetings);
  await radicale.putEvent(user, "work", "agm", agm);
  await radicale.putEvent(user, "work", "focus", focus);
  await radicale.putEvent(user, "family", "dentist", dentist);
});

afterAll(async () => {
  await radicale?.stop();
  await db.$disconnect();
});

async function offered(mentorId: string) {
  const [schedule] = await loadMentorSchedules([mentorId], now);
  return expandAvailability(schedule!.settings, schedule!.busy, now).map((slot) => DateTime.fromJSDate(slot.startsAt, { zone }).toFormat("ccc dd HH:mm"));
}

const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((day) => [day, from, to] as [number, string, string]);
const mentorOptions = { timeZone: zone, hours: weekdays("09:00", "12:00"), bufferMinutes: 15, horizonDays: 14 };

describe("a volunteer's CalDAV calendars (Radicale)", () => {
  it("finds the account's calendars from the server's address alone (RFC 6764 and 4791)", async () => {
    const calendars = await discoverCalendars({ server: radicale.url, user, password: "app-password" }, limits);
    expect(calendars.map((calendar) => calendar.name).sort()).toEqual(["Family", "Work"]);
    expect(calendars.every((calendar) => calendar.url.startsWith(`${radicale.url}/${user}/`))).toBe(true);
  });

  it("offers exactly the hours its events leave free, across the DST change, and says why the others are hidden", async () => {
    const mentor = await createMentor(mentorOptions);
    const allHours = await offered(mentor.id);
    expect(allHours).toHaveLength(20);

    const source = await addCalDavSource(mentor.id, { label: "Personal", server: radicale.url, user, password: "app-password" }, now, limits);
    expect(source.calendars).toHaveLength(2);
    expect(await offered(mentor.id)).toEqual([
      "Mon 22 10:15", // 09:00 meeting; 10:15 starts one buffer after it ends
      "Tue 23 09:00", // transparent focus time blocks nothing
      "Tue 23 10:15",
      "Wed 24 09:00", // excluded occurrence
      "Wed 24 10:15",
      // Thursday 25: the all-day AGM, midnight to midnight in Berlin
      "Fri 26 10:15",
      "Mon 29 09:00", // this occurrence moved to Tuesday 10:30
      "Mon 29 10:15",
      "Tue 30 09:00", // 10:15 clashes with the moved meeting
      "Wed 31 09:00", // cancelled occurrence
      "Wed 31 10:15",
      "Thu 01 09:00", // 10:15 clashes with the dentist (Family)
      "Fri 02 10:15", // 09:00 meeting in summer time still blocks 09:00
    ]);

    const editor = await findAvailabilityEditor(mentor.id, now);
    const reasons = editor!.hidden.map((slot) => `${DateTime.fromJSDate(slot.startsAt, { zone }).toFormat("ccc dd HH:mm")} ${slot.calendar}: ${slot.title}`);
    expect(reasons).toEqual([
      "Mon 22 09:00 Personal: Co-op meeting",
      "Thu 25 09:00 Personal: Co-op AGM",
      "Thu 25 10:15 Personal: Co-op AGM",
      "Fri 26 09:00 Personal: Co-op meeting",
      "Tue 30 10:15 Personal: Co-op meeting (moved)",
      "Thu 01 10:15 Personal: Dentist",
      "Fri 02 09:00 Personal: Co-op meeting",
    ]);

    const page = await findCalendarsPage(mentor.id, now);
    expect(page.sources).toHaveLength(1);
    expect(page.sources[0]).toMatchObject({
      kind: "caldav",
      label: "Personal",
      masked: `${user} at 127.0.0.1:${new URL(radicale.url).port}`,
      failures: 0,
      lastError: null,
    });
    expect(JSON.stringify(page)).not.toContain("app-password");
    const stored = await db.calendarSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored.sealed).not.toContain("app-password");
    expect(stored.sealed).not.toContain(radicale.url);

    // Unticking Family gives Thursday 1 April 10:15 back.
    const work = page.sources[0]!.calendars.find((calendar) => calendar.name === "Work")!;
    expect(await chooseCalendars(mentor.id, source.id, [work.url], now, limits)).toBe(true);
    expect(await offered(mentor.id)).toContain("Thu 01 10:15");

    // The directory's next free slot moved with each import, and back on removal.
    const nextFree = async () => (await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeAt?.toISOString();
    expect(await nextFree()).toBe(DateTime.fromISO("2027-03-22T10:15", { zone }).toUTC().toISO());
    expect(await removeCalendarSource(mentor.id, source.id, now)).toBe(true);
    expect(await offered(mentor.id)).toEqual(allHours);
    expect(await nextFree()).toBe(DateTime.fromISO("2027-03-22T09:00", { zone }).toUTC().toISO());
    expect(await db.busyTime.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("never cancels a confirmed session its calendar now clashes with, and tells the volunteer", async () => {
    const mentor = await createMentor(mentorOptions);
    const startsAt = DateTime.fromISO("2027-03-25T10:15", { zone }).toJSDate();
    const booking = await createBooking(mentor.id, { startsAt });
    await addCalDavSource(mentor.id, { label: "Personal", server: radicale.url, user, password: "app-password" }, now, limits);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("confirmed");
    const page = await findCalendarsPage(mentor.id, now);
    expect(page.clashes).toEqual([expect.objectContaining({ bookingId: booking.id, calendar: "Personal", title: "Co-op AGM", startsAt })]);
  });

  it("tells a wrong address at once and stores nothing", async () => {
    const mentor = await createMentor(mentorOptions);
    await expect(addCalDavSource(mentor.id, { label: "Nope", server: `${radicale.url}/nobody-here/`, user: "", password: "x" }, now, limits)).rejects.toThrow();
    expect(await db.calendarSource.count({ where: { mentorId: mentor.id } })).toBe(0);
  });
});

describe("a CalDAV account with a password (Radicale, htpasswd)", () => {
  it("finds the calendars with the right app password, says so plainly when it is wrong, and reads an empty calendar", async () => {
    const secured = await startRadicale({ mira: "right-app-password" });
    try {
      await secured.createCalendar("mira", "work", "Work");
      const account = { server: `${secured.url}/`, user: "mira", password: "right-app-password" };
      expect((await discoverCalendars(account, limits)).map((calendar) => calendar.name)).toEqual(["Work"]);
      await expect(discoverCalendars({ ...account, password: "wrong" }, limits)).rejects.toThrow("did not accept this user and app password");
      // Its only calendar is empty: a read with nothing busy, not a failure.
      const mentor = await createMentor(mentorOptions);
      const source = await addCalDavSource(mentor.id, { label: "Empty", ...account }, now, limits);
      expect(source.outcome).toBe("read");
      expect(await offered(mentor.id)).toHaveLength(20);
    } finally {
      await secured.stop();
    }
  });
});
