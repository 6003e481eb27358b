import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { newSecret } from "../security/secrets";
import { feedCalendarName, feedEvents, feedTokenFromPath, feedUrls } from "./feed";
import { inviteTranslator } from "./session-event";
import { buildFeedIcs } from "./ics";

const token = newSecret();

describe("feedTokenFromPath", () => {
  it("reads the token with or without the .ics ending", () => {
    expect(feedTokenFromPath(`${token}.ics`)).toBe(token);
    expect(feedTokenFromPath(token)).toBe(token);
  });

  it.each([
    ["empty", ""],
    ["too short", token.slice(1)],
    ["too long", `${token}x`],
    ["other ending", `${token}.ical`],
    ["not base64url", `${token.slice(1)}=`],
    ["path", `../${token.slice(3)}`],
  ])("refuses a malformed segment: %s", (_name, segment) => {
    expect(feedTokenFromPath(segment)).toBeNull();
  });
});

describe("feedUrls", () => {
  it("gives an https address ending in .ics and its webcal twin", () => {
    expect(feedUrls("https://candle.example.coop", token)).toEqual({
      https: `https://candle.example.coop/calendar/${token}.ics`,
      webcal: `webcal://candle.example.coop/calendar/${token}.ics`,
    });
    expect(feedUrls("http://localhost:3000", token).webcal).toBe(`webcal://localhost:3000/calendar/${token}.ics`);
  });
});

describe("feedEvents", () => {
  const base = {
    founderName: "Tainá Reis",
    founderEmail: "tai@example.coop",
    message: "How do we share surplus fairly?",
    topics: ["Governance"],
    mentor: { displayName: "Lucía Ferreyra", email: "lucia@example.org", meetingUrl: "https://meet.example.coop/lucia" },
  };
  const now = new Date("2026-03-01T12:00:00.000Z");
  const sessions = [
    {
      ...base,
      status: "confirmed" as const,
      icsUid: "a@candle",
      icsSequence: 0,
      startsAt: new Date("2026-03-29T00:30:00.000Z"),
      endsAt: new Date("2026-03-29T01:30:00.000Z"),
    },
    {
      ...base,
      status: "held" as const,
      icsUid: "b@candle",
      icsSequence: 1,
      startsAt: new Date("2026-02-01T09:00:00.000Z"),
      endsAt: new Date("2026-02-01T10:00:00.000Z"),
    },
    {
      ...base,
      status: "cancelled_by_founder" as const,
      icsUid: "c@candle",
      icsSequence: 2,
      startsAt: new Date("2026-03-10T09:00:00.000Z"),
      endsAt: new Date("2026-03-10T10:00:00.000Z"),
    },
  ];

  it("keeps each session's UID, SEQUENCE and UTC times, marks cancelled ones and names no attendees", async () => {
    const t = await inviteTranslator("en");
    const ics = buildFeedIcs(feedCalendarName(t, "Lucía Ferreyra"), feedEvents(sessions, t, now));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Candle sessions (Lucía Ferreyra)");
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(
      events.map((event) => ({
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: event.component.getFirstPropertyValue("status"),
        attendees: event.attendees.length,
      })),
    ).toEqual([
      { uid: "a@candle", sequence: 0, start: "2026-03-29T00:30:00.000Z", end: "2026-03-29T01:30:00.000Z", status: "CONFIRMED", attendees: 0 },
      { uid: "b@candle", sequence: 1, start: "2026-02-01T09:00:00.000Z", end: "2026-02-01T10:00:00.000Z", status: "CONFIRMED", attendees: 0 },
      { uid: "c@candle", sequence: 2, start: "2026-03-10T09:00:00.000Z", end: "2026-03-10T10:00:00.000Z", status: "CANCELLED", attendees: 0 },
    ]);
    expect(events[0]!.description).toContain(base.message);
    expect(events[0]!.description).toContain("/volunteer/sessions");
    expect(events[0]!.location).toBe(base.mentor.meetingUrl);
  });

  it("is worded in the volunteer's language, with the same events", async () => {
    const [english, spanish] = await Promise.all([inviteTranslator("en"), inviteTranslator("es")]);
    const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
    const en = parse(buildFeedIcs(feedCalendarName(english, "Lucía Ferreyra"), feedEvents(sessions, english, now)));
    const es = parse(buildFeedIcs(feedCalendarName(spanish, "Lucía Ferreyra"), feedEvents(sessions, spanish, now)));
    expect(es.getFirstPropertyValue("x-wr-calname")).toBe("Sesiones de Candle (Lucía Ferreyra)");
    const events = (calendar: ICAL.Component) => calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events(es).map((event) => [event.uid, event.sequence])).toEqual(events(en).map((event) => [event.uid, event.sequence]));
    expect(events(es)[0]!.description).toContain("Temas: Governance");
    expect(events(es)[0]!.description).toContain("Tus sesiones:");
  });
});
