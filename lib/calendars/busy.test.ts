import { describe, expect, it } from "vitest";
import { CalendarFormatError, readBusyTimes } from "./busy";

// Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 28 March 2027.
const zone = "Europe/Berlin";
const window = { zone, from: new Date("2027-03-15T00:00:00Z"), until: new Date("2027-04-12T00:00:00Z") };

const BERLIN = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

function calendar(...parts: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...parts, "END:VCALENDAR", ""].join("\r\n");
}

function event(lines: string): string {
  return `BEGIN:VEVENT\r\nDTSTAMP:20270101T000000Z\r\n${lines
    .trim()
    .split("\n")
    .map((line) => line.trim())
    .join("\r\n")}\r\nEND:VEVENT`;
}

const iso = (intervals: { startsAt: Date; endsAt: Date }[]) => intervals.map((i) => `${i.startsAt.toISOString()}/${i.endsAt.toISOString()}`);

describe("readBusyTimes", () => {
  it("expands a weekly meeting in a defined zone across the DST change, with EXDATE, RDATE, a moved and a cancelled instance", () => {
    const text = calendar(
      BERLIN,
      event(`UID:standup
        SUMMARY:Co-op standup
        DTSTART;TZID=Europe/Berlin:20270301T090000
        DTEND;TZID=Europe/Berlin:20270301T100000
        RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6
        EXDATE;TZID=Europe/Berlin:20270322T090000
        RDATE;TZID=Europe/Berlin:20270317T160000`),
      event(`UID:standup
        SUMMARY:Standup (moved)
        RECURRENCE-ID;TZID=Europe/Berlin:20270329T090000
        DTSTART;TZID=Europe/Berlin:20270330T140000
        DTEND;TZID=Europe/Berlin:20270330T153000`),
      event(`UID:standup
        SUMMARY:Co-op standup
        RECURRENCE-ID;TZID=Europe/Berlin:20270405T090000
        DTSTART;TZID=Europe/Berlin:20270405T090000
        DTEND;TZID=Europe/Berlin:20270405T100000
        STATUS:CANCELLED`),
    );
    const busy = readBusyTimes([text], window);
    expect(iso(busy)).toEqual([
      // 15 March, UTC+1
      "2027-03-15T08:00:00.000Z/2027-03-15T09:00:00.000Z",
      // RDATE, 17 March
      "2027-03-17T15:00:00.000Z/2027-03-17T16:00:00.000Z",
      // 22 March excluded; 29 March moved to Tuesday 30 March, now UTC+2
      "2027-03-30T12:00:00.000Z/2027-03-30T13:30:00.000Z",
      // 5 April cancelled; COUNT=6 ends the series there
    ]);
    expect(busy.map((b) => b.title)).toEqual(["Co-op standup", "Co-op standup", "Standup (moved)"]);
  });

  it("keeps the wall-clock time of a series after the DST change", () => {
    const text = calendar(
      BERLIN,
      event(`UID:weekly
        DTSTART;TZID=Europe/Berlin:20270322T180000
        DURATION:PT1H
        RRULE:FREQ=WEEKLY;UNTIL=20270406T000000Z`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual([
      "2027-03-22T17:00:00.000Z/2027-03-22T18:00:00.000Z",
      "2027-03-29T16:00:00.000Z/2027-03-29T17:00:00.000Z",
      "2027-04-05T16:00:00.000Z/2027-04-05T17:00:00.000Z",
    ]);
  });

  it("adds an instance moved into the window from outside it, and drops one moved out", () => {
    const text = calendar(
      BERLIN,
      event(`UID:monthly
        SUMMARY:Board
        DTSTART;TZID=Europe/Berlin:20270210T100000
        DTEND;TZID=Europe/Berlin:20270210T110000
        RRULE:FREQ=MONTHLY;COUNT=4`),
      event(`UID:monthly
        SUMMARY:Board (early)
        RECURRENCE-ID;TZID=Europe/Berlin:20270510T100000
        DTSTART;TZID=Europe/Berlin:20270401T100000
        DTEND;TZID=Europe/Berlin:20270401T110000`),
      event(`UID:monthly
        SUMMARY:Board (late)
        RECURRENCE-ID;TZID=Europe/Berlin:20270410T100000
        DTSTART;TZID=Europe/Berlin:20270420T100000
        DTEND;TZID=Europe/Berlin:20270420T110000`),
    );
    const busy = readBusyTimes([text], window);
    expect(busy.map((b) => [b.startsAt.toISOString(), b.title])).toEqual([["2027-04-01T08:00:00.000Z", "Board (early)"]]);
  });

  it("leaves free time open: transparent events, a transparent instance, cancelled events", () => {
    const text = calendar(
      event(`UID:free
        DTSTART:20270316T090000Z
        DTEND:20270316T100000Z
        TRANSP:TRANSPARENT`),
      event(`UID:gone
        DTSTART:20270316T120000Z
        DTEND:20270316T130000Z
        RRULE:FREQ=DAILY;COUNT=3
        STATUS:CANCELLED`),
      event(`UID:daily
        DTSTART:20270316T150000Z
        DTEND:20270316T160000Z
        RRULE:FREQ=DAILY;COUNT=2`),
      event(`UID:daily
        RECURRENCE-ID:20270317T150000Z
        DTSTART:20270317T150000Z
        DTEND:20270317T160000Z
        TRANSP:TRANSPARENT`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual(["2027-03-16T15:00:00.000Z/2027-03-16T16:00:00.000Z"]);
  });

  it("reads all-day events as whole days in the volunteer's zone, on both sides of the DST change", () => {
    const text = calendar(
      event(`UID:holiday
        DTSTART;VALUE=DATE:20270327
        DTEND;VALUE=DATE:20270329`),
      event(`UID:one-day
        DTSTART;VALUE=DATE:20270401`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual([
      "2027-03-26T23:00:00.000Z/2027-03-28T22:00:00.000Z",
      "2027-03-31T22:00:00.000Z/2027-04-01T22:00:00.000Z",
    ]);
  });

  it("reads floating times and undefined zone names in the volunteer's zone; IANA names without a definition in that zone", () => {
    const text = calendar(
      event(`UID:floating
        DTSTART:20270331T090000
        DTEND:20270331T093000`),
      event(`UID:outlook-name
        DTSTART;TZID=Romance Standard Time:20270331T110000
        DTEND;TZID=Romance Standard Time:20270331T113000`),
      event(`UID:new-york
        DTSTART;TZID=America/New_York:20270331T090000
        DTEND;TZID=America/New_York:20270331T100000`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual([
      "2027-03-31T07:00:00.000Z/2027-03-31T07:30:00.000Z",
      "2027-03-31T09:00:00.000Z/2027-03-31T09:30:00.000Z",
      "2027-03-31T13:00:00.000Z/2027-03-31T14:00:00.000Z",
    ]);
  });

  it("follows the file's own VTIMEZONE definition over the zone its name suggests", () => {
    const custom = `BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE`;
    const text = calendar(
      custom,
      event(`UID:custom
        DTSTART;TZID=W. Europe Standard Time:20270331T120000
        DTEND;TZID=W. Europe Standard Time:20270331T130000`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual(["2027-03-31T09:00:00.000Z/2027-03-31T10:00:00.000Z"]);
  });

  it("reads VFREEBUSY periods, skipping FREE ones, and clips everything to the window", () => {
    const text = calendar(
      `BEGIN:VFREEBUSY\r\nDTSTAMP:20270101T000000Z\r\nFREEBUSY;FBTYPE=BUSY:20270320T100000Z/20270320T110000Z,20270321T100000Z/PT30M\r\nFREEBUSY;FBTYPE=FREE:20270322T100000Z/PT1H\r\nEND:VFREEBUSY`,
      event(`UID:long
        DTSTART:20270310T000000Z
        DTEND:20270315T060000Z`),
    );
    expect(iso(readBusyTimes([text], window))).toEqual([
      "2027-03-15T00:00:00.000Z/2027-03-15T06:00:00.000Z",
      "2027-03-20T10:00:00.000Z/2027-03-20T11:00:00.000Z",
      "2027-03-21T10:00:00.000Z/2027-03-21T10:30:00.000Z",
    ]);
  });

  it("reads several documents (one per CalDAV resource) together", () => {
    const a = calendar(event(`UID:a\nDTSTART:20270316T090000Z\nDTEND:20270316T100000Z`));
    const b = calendar(event(`UID:b\nDTSTART:20270317T090000Z\nDTEND:20270317T100000Z`));
    expect(readBusyTimes([b, a], window)).toHaveLength(2);
  });

  it("stops a series that repeats too often to walk", () => {
    const text = calendar(event(`UID:minutely\nDTSTART:19700101T000000Z\nDURATION:PT1M\nRRULE:FREQ=MINUTELY`));
    expect(readBusyTimes([text], window)).toEqual([]);
  });

  it("refuses what is not iCalendar", () => {
    expect(() => readBusyTimes(["<html>Sign in</html>"], window)).toThrow(CalendarFormatError);
    expect(() => readBusyTimes(["BEGIN:VCARD\r\nEND:VCARD"], window)).toThrow(CalendarFormatError);
    expect(() => readBusyTimes([calendar(event(`UID:bad\nDTSTART:tomorrow\nDURATION:PT1H`))], window)).toThrow(CalendarFormatError);
  });
});
