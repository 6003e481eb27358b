import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { newSecret } from "@/lib/security/secrets";
import { createMentor } from "../support/factories";
import { newRequest, outcome, request } from "../support/next-request";

vi.hoisted(() => {
  // The calendars here are served by this test on 127.0.0.1.
  process.env.CALENDAR_ALLOW_PRIVATE_HOSTS = "1";
});
vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), ...(await import("../support/next-request")).nextServer }));

const { connectCalDav, connectFeed, refreshCalendar, removeCalendar } = await import("@/lib/calendars/actions");

const tomorrow = new Date(Date.now() + 86_400_000)
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d{3}/, "");
let server: Server;
let base = "";
let networks = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith("/feed")) {
      return response
        .writeHead(200, { "content-type": "text/calendar" })
        .end(
          `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:${tomorrow}\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
        );
    }
    // Not a CalDAV server: every PROPFIND gets a web page.
    response.writeHead(200, { "content-type": "text/html" }).end("<html>Welcome</html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

beforeEach(() => newRequest(`192.0.2.${++networks}`));

async function signedInVolunteer() {
  const mentor = await createMentor();
  const sessionToken = newSecret();
  await db.session.create({ data: { sessionToken, userId: mentor.userId, expires: new Date(Date.now() + 86_400_000) } });
  newRequest(`192.0.2.${++networks}`, { "next-auth.session-token": sessionToken });
  return mentor;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("the calendars page's actions", () => {
  it("refuse a bad address under its field and store nothing", async () => {
    const mentor = await signedInVolunteer();
    const state = await connectFeed({}, form({ label: "", url: "file:///etc/passwd" }));
    expect(state.errors).toMatchObject({ label: expect.any(String), url: expect.stringContaining("https://") });
    expect(await db.calendarSource.count({ where: { mentorId: mentor.id } })).toBe(0);
  });

  it("connect a feed and read it at once", async () => {
    const mentor = await signedInVolunteer();
    const state = await connectFeed({}, form({ label: "Work", url: `${base}/feed/work.ics` }));
    expect(state).toMatchObject({ saved: true, message: expect.stringContaining("Calendar connected") });
    expect(await db.busyTime.count({ where: { mentorId: mentor.id } })).toBe(1);
    // The mentor's cached pages and the directory show the new busy time.
    expect(request.invalidated).toEqual(expect.arrayContaining([`tag:mentor:${mentor.slug}`, "tag:directory", "/volunteer"]));
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeRefreshAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("say why a CalDAV account could not be connected, store nothing, and never send the password back", async () => {
    const mentor = await signedInVolunteer();
    const state = await connectCalDav({}, form({ label: "Cloud", server: base, user: "mira", password: "hunter2-app-password" }));
    expect(state.saved).toBeUndefined();
    expect(state.message).toMatch(/^Could not connect: /);
    expect(JSON.stringify(state)).not.toContain("hunter2");
    expect(state.values).toMatchObject({ label: "Cloud", server: base, user: "mira" });
    expect(await db.calendarSource.count({ where: { mentorId: mentor.id } })).toBe(0);
  });

  it("change nothing of another volunteer's calendars", async () => {
    const other = await signedInVolunteer();
    await connectFeed({}, form({ label: "Theirs", url: `${base}/feed/theirs.ics` }));
    const [theirs] = await db.calendarSource.findMany({ where: { mentorId: other.id } });
    await signedInVolunteer();
    expect(await outcome(removeCalendar(form({ source: theirs!.id })))).toEqual({ redirect: "/volunteer/calendars?done=gone" });
    expect(await outcome(refreshCalendar(form({ source: theirs!.id })))).toEqual({ redirect: "/volunteer/calendars?done=gone" });
    expect(await db.calendarSource.count({ where: { id: theirs!.id } })).toBe(1);
  });

  it("limit how often one volunteer makes the server read", async () => {
    await signedInVolunteer();
    await connectFeed({}, form({ label: "Work", url: `${base}/feed/limit.ics` }));
    const [source] = await db.calendarSource.findMany({ where: { label: "Work" }, orderBy: { createdAt: "desc" }, take: 1 });
    const seen = new Set<string>();
    for (let i = 0; i < 31; i++) {
      const result = await outcome(refreshCalendar(form({ source: source!.id })));
      if ("redirect" in result) seen.add(result.redirect);
    }
    expect(seen).toContain("/volunteer/calendars?done=too-often");
  });
});
