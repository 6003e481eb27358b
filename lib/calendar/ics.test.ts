import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarPerson, type SessionEvent, buildFeedIcs, buildInviteIcs } from "./ics";

const mentor: CalendarPerson = { name: "Lucía Ferreyra, PhD", email: "lucia@example.org" };
const founder: CalendarPerson = { name: 'Tainá "Tai" Reis', email: "tai@example.coop" };
const meetingUrl = "https://meet.jit.si/candle-c1a2b3?lang=es";
const description = [
  "Topics: governance, bylaws; pay ratios 🌱",
  'Question: "How do we split surplus — 50/50, or by hours?" A literal \\n is not a newline.',
  "",
  "Manage your booking: https://candle.example/bookings/c1a2b3?token=abc,def;ghi",
].join("\n");

// 2 November 2025, 09:30 UTC: the morning Los Angeles leaves daylight time.
function sessionEvent(overrides: Partial<SessionEvent> = {}): SessionEvent {
  return {
    uid: "c1a2b3@candle",
    sequence: 0,
    startsAt: new Date("2025-11-02T09:30:00.000Z"),
    endsAt: new Date("2025-11-02T10:30:00.000Z"),
    title: 'Candle: Lucía Ferreyra, PhD × Tainá "Tai" Reis',
    description,
    meetingUrl,
    organizer: mentor,
    attendees: [founder, mentor],
    status: "CONFIRMED",
    stamp: new Date("2025-10-20T08:05:07.000Z"),
    ...overrides,
  };
}

const octets = new TextEncoder();

function expectWellFormed(ics: string) {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  for (const line of ics.slice(0, -2).split("\r\n")) {
    expect(octets.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(line, "folded lines continue with one space, never a tab").not.toMatch(/^\t/);
  }
}

function parseCalendar(ics: string): ICAL.Component {
  expectWellFormed(ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Candle//Co-op office hours//EN");
  return calendar;
}

function onlyEvent(calendar: ICAL.Component): ICAL.Event {
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  return new ICAL.Event(vevents[0]);
}

function property(component: ICAL.Component, name: string): ICAL.Property {
  const found = component.getFirstProperty(name);
  if (!found) throw new Error(`missing ${name}`);
  return found;
}

function expectUtcInstant(component: ICAL.Component, name: string, expected: Date) {
  const prop = property(component, name);
  const time = prop.getFirstValue() as ICAL.Time;
  expect(prop.type).toBe("date-time");
  expect(prop.getParameter("tzid")).toBeUndefined();
  expect(time.zone).toBe(ICAL.Timezone.utcTimezone);
  expect(time.toString().endsWith("Z")).toBe(true);
  expect(time.toJSDate().toISOString()).toBe(expected.toISOString());
}

function mailto(value: unknown): string {
  expect(value).toMatch(/^mailto:/i);
  return String(value).replace(/^mailto:/i, "");
}

function attendeesOf(event: ICAL.Event) {
  return event.attendees.map((attendee) => ({
    email: mailto(attendee.getFirstValue()),
    cn: attendee.getParameter("cn"),
    role: attendee.getParameter("role"),
    partstat: attendee.getParameter("partstat"),
    rsvp: attendee.getParameter("rsvp"),
  }));
}

function expectSession(event: ICAL.Event, session: SessionEvent) {
  const vevent = event.component;
  expect(event.uid).toBe(session.uid);
  expect(event.sequence).toBe(session.sequence);
  expectUtcInstant(vevent, "dtstart", session.startsAt);
  expectUtcInstant(vevent, "dtend", session.endsAt);
  expectUtcInstant(vevent, "dtstamp", session.stamp);
  expect(event.summary).toBe(session.title);
  expect(event.description).toBe(session.description);
  expect(mailto(event.organizer)).toBe(session.organizer.email);
  expect(property(vevent, "organizer").getParameter("cn")).toBe(session.organizer.name);
  if (session.meetingUrl) {
    expect(event.location).toBe(session.meetingUrl);
    expect(vevent.getFirstPropertyValue("url")).toBe(session.meetingUrl);
  } else {
    expect(vevent.hasProperty("location")).toBe(false);
    expect(vevent.hasProperty("url")).toBe(false);
  }
}

describe("buildInviteIcs", () => {
  it("writes a REQUEST with every field an invitee's calendar needs", () => {
    const session = sessionEvent({ sequence: 3 });
    const calendar = parseCalendar(buildInviteIcs(session, "REQUEST"));
    const event = onlyEvent(calendar);

    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expectSession(event, session);
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(attendeesOf(event)).toEqual([
      { email: founder.email, cn: founder.name, role: "REQ-PARTICIPANT", partstat: "NEEDS-ACTION", rsvp: "FALSE" },
      { email: mentor.email, cn: mentor.name, role: "REQ-PARTICIPANT", partstat: "ACCEPTED", rsvp: "FALSE" },
    ]);
  });

  it("writes date-times as UTC in the text itself", () => {
    const ics = buildInviteIcs(sessionEvent(), "REQUEST");
    expect(ics).toContain("\r\nDTSTART:20251102T093000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20251102T103000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20251020T080507Z\r\n");
    expect(ics).not.toContain("TZID");
  });

  it("cancels with the same UID, the higher SEQUENCE and STATUS:CANCELLED", () => {
    const booked = sessionEvent({ sequence: 1 });
    const request = onlyEvent(parseCalendar(buildInviteIcs(booked, "REQUEST")));
    const cancelledSession = { ...booked, sequence: 2, stamp: new Date("2025-10-25T17:00:00.000Z") };
    const cancelCalendar = parseCalendar(buildInviteIcs(cancelledSession, "CANCEL"));
    const cancel = onlyEvent(cancelCalendar);

    expect(cancelCalendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancel.uid).toBe(request.uid);
    expect(cancel.sequence).toBeGreaterThan(request.sequence);
    expectSession(cancel, cancelledSession);
    expect(cancel.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(attendeesOf(cancel).map((attendee) => attendee.email)).toEqual([founder.email, mentor.email]);
  });

  it("leaves out LOCATION and URL when the mentor has no meeting room yet", () => {
    const session = sessionEvent({ meetingUrl: null });
    const ics = buildInviteIcs(session, "REQUEST");
    expectSession(onlyEvent(parseCalendar(ics)), session);
    expect(ics).not.toMatch(/^(LOCATION|URL)[:;]/m);
  });

  it("round-trips names with commas, quotes, semicolons, carets and non-ASCII", () => {
    const people: CalendarPerson[] = [
      { name: "Lucía Ferreyra, PhD", email: "lucia@example.org" },
      { name: 'Tainá "Tai" Reis', email: "tai@example.coop" },
      { name: "山田 花子; co-founder", email: "hanako@example.jp" },
      { name: "Zoë ^_^ O'Neill: Kooperative Süd", email: "zoe@example.de" },
    ];
    const [organizer] = people as [CalendarPerson];
    const session = sessionEvent({
      title: 'Candle: 山田 花子 × Tainá "Tai" Reis; 🌱, ok',
      organizer,
      attendees: people,
    });
    const ics = buildInviteIcs(session, "REQUEST");
    const event = onlyEvent(parseCalendar(ics));

    expectSession(event, session);
    expect(attendeesOf(event).map(({ email, cn }) => ({ email, name: cn }))).toEqual(people);
    expect(ics, "RFC 5545 has no backslash escape inside parameter values").not.toContain('\\"');
  });

  it("folds long non-ASCII lines by octets without splitting characters", () => {
    const longDescription = `${"山田さんの協同組合について。".repeat(12)}\n${"Çooperativa 🌱 ".repeat(10)}`;
    const session = sessionEvent({ description: longDescription });
    const ics = buildInviteIcs(session, "REQUEST");

    expect(ics).toMatch(/\r\n [^\r\n]/);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(octets.encode(ics))).toBe(ics);
    expect(onlyEvent(parseCalendar(ics)).description).toBe(longDescription);
  });

  it("turns carriage returns in free text into plain newlines", () => {
    const session = sessionEvent({ description: "one\r\ntwo\rthree" });
    const event = onlyEvent(parseCalendar(buildInviteIcs(session, "REQUEST")));
    expect(event.description).toBe("one\ntwo\nthree");
  });

  it("still builds the invite when ics refuses a stored link or address, leaving out only what it refused", () => {
    for (const meetingUrl of ["HTTPS://MEET.EXAMPLE.COOP/Room", "meet.jit.si room 4"]) {
      const event = onlyEvent(parseCalendar(buildInviteIcs(sessionEvent({ meetingUrl }), "REQUEST")));
      expect(event.location).toBe(meetingUrl);
      expect(event.component.hasProperty("url")).toBe(false);
    }
    const odd = sessionEvent({ attendees: [founder, { name: "Nobody", email: "no body@example" }] });
    const event = onlyEvent(parseCalendar(buildInviteIcs(odd, "CANCEL")));
    expect(attendeesOf(event).map((person) => person.email)).toEqual([founder.email]);
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("gives the same bytes whatever the process time zone", () => {
    const session = sessionEvent();
    const original = process.env.TZ;
    const outputs: Record<string, string> = {};
    try {
      for (const zone of ["Asia/Kathmandu", "America/Los_Angeles", "Pacific/Chatham"]) {
        process.env.TZ = zone;
        expect(new Date("2025-11-02T09:30:00.000Z").getTimezoneOffset()).toBe(
          { "Asia/Kathmandu": -345, "America/Los_Angeles": 480, "Pacific/Chatham": -825 }[zone],
        );
        outputs[zone] = buildInviteIcs(session, "REQUEST") + buildFeedIcs("Candle", [session]);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(outputs["America/Los_Angeles"]).toBe(outputs["Asia/Kathmandu"]);
    expect(outputs["Pacific/Chatham"]).toBe(outputs["Asia/Kathmandu"]);
  });
});

describe("buildFeedIcs", () => {
  const calendarName = "Candle — Lucía Ferreyra, PhD";

  function expectFeedHeader(calendar: ICAL.Component) {
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    // ical.js types X- properties as "unknown" and hands back the TEXT escaping untouched.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Candle — Lucía Ferreyra\\, PhD");
  }

  it("is a valid calendar with no events", () => {
    const calendar = parseCalendar(buildFeedIcs(calendarName, []));
    expectFeedHeader(calendar);
    expect(calendar.getAllSubcomponents()).toHaveLength(0);
  });

  it("publishes a single session", () => {
    const session = sessionEvent({ sequence: 4 });
    const calendar = parseCalendar(buildFeedIcs(calendarName, [session]));
    expectFeedHeader(calendar);
    const event = onlyEvent(calendar);
    expectSession(event, session);
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("publishes several sessions in order, keeping cancelled ones as STATUS:CANCELLED", () => {
    const sessions = [
      sessionEvent(),
      sessionEvent({
        uid: "d4e5f6@candle",
        sequence: 2,
        startsAt: new Date("2025-11-03T23:45:00.000Z"),
        endsAt: new Date("2025-11-04T00:45:00.000Z"),
        status: "CANCELLED",
        meetingUrl: null,
      }),
      sessionEvent({
        uid: "a7b8c9@candle",
        sequence: 1,
        startsAt: new Date("2026-03-29T00:30:00.000Z"),
        endsAt: new Date("2026-03-29T01:30:00.000Z"),
        title: "Candle: Lucía Ferreyra, PhD × 山田 花子",
        attendees: [{ name: "山田 花子", email: "hanako@example.jp" }, mentor],
      }),
    ];
    const calendar = parseCalendar(buildFeedIcs(calendarName, sessions));
    expectFeedHeader(calendar);

    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(sessions.length);
    events.forEach((event, index) => {
      const session = sessions[index]!;
      expectSession(event, session);
      expect(event.component.getFirstPropertyValue("status")).toBe(session.status);
      expect(attendeesOf(event).map(({ email, cn }) => ({ email, name: cn }))).toEqual(session.attendees);
    });
  });
});
