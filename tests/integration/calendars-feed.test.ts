import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchCalendar } from "@/lib/calendars/fetch";
import { addFeedSource, importCalendarSource, importDueCalendars, refreshCalendarSource } from "@/lib/calendars/mutations";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { createMentor } from "../support/factories";

const zone = "Europe/London";
const now = DateTime.fromISO("2027-03-22T00:00", { zone }).toJSDate();
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
// 127.0.0.2 stands in for a public address: only it may be fetched, so a
// redirect to 127.0.0.1 is refused as a private host would be.
const PUBLIC = "127.0.0.2";
const limits = { timeoutMs: 1_000, maxBytes: 20_000, allowPrivateHosts: (address: string) => address === PUBLIC };

const feed = (summary: string) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Candle tests//EN",
    "BEGIN:VEVENT",
    "UID:one",
    "DTSTAMP:20270101T000000Z",
    `SUMMARY:${summary}`,
    "DTSTART:20270323T090000Z",
    "DTEND:20270323T100000Z",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

type Mode = "ok" | "slow" | "huge" | "redirect-private" | "html";
const state = { mode: "ok" as Mode, requests: [] as { ifNoneMatch?: string }[] };
let server: Server;
let privateServer: Server;
let base = "";
let privatePort = 0;

function handle(request: IncomingMessage, response: ServerResponse) {
  state.requests.push({ ifNoneMatch: request.headers["if-none-match"] });
  if (state.mode === "ok") {
    if (request.headers["if-none-match"] === '"v1"') return response.writeHead(304).end();
    return response.writeHead(200, { "content-type": "text/calendar", etag: '"v1"' }).end(feed("Work shift"));
  }
  if (state.mode === "slow") {
    response.writeHead(200, { "content-type": "text/calendar" });
    response.write("BEGIN:VCALENDAR\r\n");
    setTimeout(() => response.end(feed("late")), 5_000).unref();
    return;
  }
  if (state.mode === "huge") {
    response.writeHead(200, { "content-type": "text/calendar" });
    for (let i = 0; i < 100; i++) response.write(`X-PADDING:${"x".repeat(1000)}\r\n`);
    return response.end();
  }
  if (state.mode === "redirect-private") return response.writeHead(302, { location: `http://127.0.0.1:${privatePort}/secret.ics` }).end();
  response.writeHead(200, { "content-type": "text/html" }).end("<html><body>Please sign in</body></html>");
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, PUBLIC, resolve));
  base = `http://${PUBLIC}:${(server.address() as { port: number }).port}`;
  privateServer = createServer((_request, response) => response.writeHead(200).end(feed("Internal")));
  await new Promise<void>((resolve) => privateServer.listen(0, "127.0.0.1", resolve));
  privatePort = (privateServer.address() as { port: number }).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => privateServer.close(resolve));
  await db.$disconnect();
});

async function sourceRow(id: string) {
  return db.calendarSource.findUniqueOrThrow({ where: { id }, include: { busy: true } });
}

describe("reading a secret .ics address", () => {
  it("reads it, then is answered 304 for an unchanged calendar, and keeps the busy time as last read through every kind of failure", async () => {
    const mentor = await createMentor({ timeZone: zone });
    state.mode = "ok";
    state.requests = [];
    const { id } = await addFeedSource(mentor.id, { label: "Work", url: `${base}/work.ics` }, now, limits);
    let row = await sourceRow(id);
    expect(row.busy.map((busy) => [busy.startsAt.toISOString(), busy.title])).toEqual([["2027-03-23T09:00:00.000Z", "Work shift"]]);
    expect(row).toMatchObject({ etag: '"v1"', failures: 0, lastError: null, lastGoodAt: now });
    expect(row.masked).toBe(`http://${new URL(base).host}/….ics`);

    // Not due again for CALENDAR_REFRESH_MINUTES.
    // Other test files' calendars may fall due too: only this one's requests are counted.
    const asked = state.requests.length;
    await importDueCalendars(later(1), limits);
    expect(state.requests).toHaveLength(asked);
    expect(await importCalendarSource(id, later(16), limits)).toBe("unchanged");
    expect(state.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    row = await sourceRow(id);
    expect(row.busy).toHaveLength(1);
    expect(row.lastGoodAt).toEqual(later(16));

    // Busy times that no longer reach past the horizon are read afresh, without validators.
    await db.calendarSource.update({ where: { id }, data: { coveredUntil: later(60 * 24) } });
    expect(await refreshCalendarSource(mentor.id, id, later(17), limits)).toBe("read");
    expect(state.requests.at(-1)).toEqual({ ifNoneMatch: undefined });

    const failures: [Mode, string][] = [
      ["slow", "the calendar's server took too long to answer"],
      ["huge", "the calendar is larger than this server reads"],
      ["redirect-private", "the calendar's server is on a private network"],
      ["html", "not an iCalendar file"],
    ];
    for (const [index, [mode, message]] of failures.entries()) {
      state.mode = mode;
      const started = Date.now();
      expect(await refreshCalendarSource(mentor.id, id, later(20 + index), limits)).toBe("failed");
      expect(Date.now() - started).toBeLessThan(3_000);
      row = await sourceRow(id);
      expect(row.lastError).toContain(message);
      expect(row.failures).toBe(index + 1);
      expect(row.lastGoodAt).toEqual(later(17));
      expect(row.busy.map((busy) => busy.title)).toEqual(["Work shift"]);
      expect(row.leaseUntil).toBeNull();
    }
    // Backing off: the next read waits longer after each failure.
    expect(row.nextReadAt.getTime() - later(23).getTime()).toBe(Math.min(config.calendars.refreshMs * 8, 86_400_000));
  });

  it("emails the volunteer once after CALENDAR_FAILURES_BEFORE_EMAIL failures, and again only after it has worked", async () => {
    const mentor = await createMentor({ timeZone: zone });
    state.mode = "ok";
    const { id } = await addFeedSource(mentor.id, { label: "Rota", url: `${base}/rota.ics` }, now, limits);
    state.mode = "html";
    const mails = () => db.outboxEmail.findMany({ where: { to: mentor.user.email } });
    const threshold = config.calendars.failuresBeforeEmail;
    for (let i = 1; i <= threshold + 2; i++) await refreshCalendarSource(mentor.id, id, later(i), limits);
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain("Rota");
    expect(sent[0]!.text).not.toContain(base);
    state.mode = "ok";
    // The feed has not changed since the last good read: a 304 is a good read too.
    expect(await refreshCalendarSource(mentor.id, id, later(100), limits)).toBe("unchanged");
    expect((await sourceRow(id)).failureNotifiedAt).toBeNull();
  });

  it("says so, and keeps its busy times, when its stored address can no longer be opened (the app secret changed)", async () => {
    const mentor = await createMentor({ timeZone: zone });
    state.mode = "ok";
    const { id } = await addFeedSource(mentor.id, { label: "Old", url: `${base}/old.ics` }, now, limits);
    const other = await createMentor({ timeZone: zone });
    const { id: otherId } = await addFeedSource(other.id, { label: "Other", url: `${base}/other.ics` }, now, limits);
    // Sealed for another volunteer: as unreadable here as one sealed under another secret.
    const { sealed } = await db.calendarSource.findUniqueOrThrow({ where: { id: otherId } });
    await db.calendarSource.update({ where: { id }, data: { sealed } });
    expect(await refreshCalendarSource(mentor.id, id, later(30), limits)).toBe("failed");
    const row = await sourceRow(id);
    expect(row.lastError).toContain("can no longer be opened");
    expect(row.busy).toHaveLength(1);
  });

  it("is read by one instance only when several try at once", async () => {
    const mentor = await createMentor({ timeZone: zone });
    state.mode = "ok";
    const { id } = await addFeedSource(mentor.id, { label: "Shared", url: `${base}/shared.ics` }, now, limits);
    await db.calendarSource.update({ where: { id }, data: { nextReadAt: now, coveredUntil: null } });
    state.requests = [];
    const outcomes = await Promise.all([1, 2, 3].map(() => importCalendarSource(id, later(1), limits)));
    expect(outcomes.filter((outcome) => outcome === "read")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "busy-elsewhere")).toHaveLength(2);
    expect(state.requests).toHaveLength(1);
  });

  it("refuses private hosts unless the operator allows them, and anything but https then", async () => {
    const strict = { timeoutMs: 400, maxBytes: 20_000, allowPrivateHosts: false };
    await expect(fetchCalendar({ url: `https://127.0.0.1:${privatePort}/x.ics` }, strict)).rejects.toThrow("private network");
    await expect(fetchCalendar({ url: `https://localhost:${privatePort}/x.ics` }, strict)).rejects.toThrow("private network");
    await expect(fetchCalendar({ url: `https://[::ffff:169.254.169.254]/x.ics` }, strict)).rejects.toThrow("private network");
    await expect(fetchCalendar({ url: `http://${PUBLIC}/x.ics` }, strict)).rejects.toThrow("only https");
    const open = await fetchCalendar({ url: `http://127.0.0.1:${privatePort}/x.ics` }, { ...strict, allowPrivateHosts: true });
    expect(open.status).toBe(200);
  });
});
