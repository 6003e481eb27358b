import { describe, expect, it } from "vitest";
import { readMultistatus } from "./caldav";
import { FetchError } from "./fetch";

describe("readMultistatus", () => {
  it("reads properties whatever the namespace prefixes, only from propstats that found them", () => {
    const xml = `<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <response>
    <href>/dav/calendars/mira/work/</href>
    <propstat><prop><resourcetype><collection/><C:calendar/></resourcetype><displayname>Work &amp; co-op</displayname></prop><status>HTTP/1.1 200 OK</status></propstat>
    <propstat><prop><C:calendar-description/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
  </response>
  <response>
    <href>/dav/calendars/mira/</href>
    <propstat><prop><resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>
  </response>
</multistatus>`;
    const [work, home] = readMultistatus(xml);
    expect(work!.href).toBe("/dav/calendars/mira/work/");
    expect(work!.props.displayname).toBe("Work & co-op");
    expect(Object.keys(work!.props.resourcetype as object).sort()).toEqual(["calendar", "collection"]);
    expect(work!.props).not.toHaveProperty("calendar-description");
    expect(home!.props.resourcetype).not.toHaveProperty("calendar");
  });

  it("reads d:-prefixed answers with calendar data", () => {
    const xml = `<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/a.ics</d:href><d:propstat><d:prop><cal:calendar-data>BEGIN:VCALENDAR
END:VCALENDAR</cal:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
    expect(readMultistatus(xml)[0]!.props["calendar-data"]).toBe("BEGIN:VCALENDAR\nEND:VCALENDAR");
  });

  it("reads an empty multistatus (an empty calendar) as no responses", () => {
    expect(readMultistatus(`<?xml version='1.0' encoding='utf-8'?>\n<multistatus xmlns="DAV:" />`)).toEqual([]);
  });

  it("refuses what is not a multistatus", () => {
    expect(() => readMultistatus("<html><body>Sign in</body></html>")).toThrow(FetchError);
    expect(() => readMultistatus("not xml at all <<<")).toThrow(FetchError);
  });
});
