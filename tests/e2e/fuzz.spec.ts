import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, type APIRequestContext } from "@playwright/test";
import { createRandom } from "../../lib/random";
import { DEMO_MENTORS, DEMO_ORGANISER } from "../../prisma/demo-data";
import { startExtraServer, type ExtraServer } from "./support/server";

// Every server action and route handler, and every page that reads its URL,
// sent malformed, oversized, missing, duplicated and wrongly-typed input and
// random bytes: anonymously and signed in as each role. Nothing may answer 5xx
// or fail inside (a server action's error travels in a 200 as an E row), and
// refused input must leave every table as it was.

test.setTimeout(300_000);

const root = path.resolve(import.meta.dirname, "../..");

// Seeded, so a failing input can be produced again.
const { next: random, pick } = createRandom(20261201);
const randomBytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));

/** Every field name a form of the app reads, and the kinds of value a script might put in them. */
const FIELDS = [
  "mentor",
  "start",
  "tz",
  "formToken",
  "name",
  "email",
  "country",
  "topics",
  "stage",
  "message",
  "consent",
  "subject",
  "altcha",
  "token",
  "reason",
  "mentorId",
  "change",
  "topicId",
  "direction",
  "archived",
  "id",
  "bookingId",
  "next",
  "displayName",
  "headline",
  "bio",
  "timeZone",
  "languages",
  "meetingUrl",
  "coopUrl",
  "application",
  "weekday",
  "from",
  "to",
  "date",
  "sessionMinutes",
  "bufferMinutes",
  "minNoticeHours",
  "horizonDays",
  "maxPerWeek",
  "acceptingBookings",
  "startDate",
  "endDate",
  "note",
  "slots",
];
const VALUES = [
  "",
  " ",
  "null",
  "undefined",
  "-1",
  "0",
  "1e308",
  "NaN",
  "99999999999999999999",
  "2026-02-30T25:61:00Z",
  "1970-01-01T00:00:00Z",
  "eUrOpE/lOnDoN",
  "UTC+5",
  "local",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\u0000\u0001",
  "\r\n\r\n",
  "é".repeat(300),
  "x".repeat(70_000),
  "🙂".repeat(50),
  "$K1",
  "$@1",
  '{"__proto__":{"x":1}}',
  "[]",
  "javascript:alert(1)",
  "HTTPS://EVIL.EXAMPLE",
  "true",
  "on",
  "yes",
];

function fuzzedFields(prefix: string): FormData {
  const form = new FormData();
  const count = 1 + Math.floor(random() * 8);
  for (let n = 0; n < count; n++) {
    const name = `${prefix}${pick(FIELDS)}`;
    const value = pick(VALUES);
    // Some fields twice, some as files instead of text.
    if (random() < 0.15) form.append(name, new Blob([randomBytes(64)]), "x.bin");
    else form.append(name, value);
    if (random() < 0.2) form.append(name, pick(VALUES));
  }
  return form;
}

interface Probe {
  label: string;
  send: (request: APIRequestContext, cookie: string | undefined) => Promise<{ status: number; body: string }>;
}

function actionProbes(actionId: string, exportedName: string): Probe[] {
  const headers = (cookie?: string, extra: Record<string, string> = {}) => ({ "Next-Action": actionId, ...(cookie ? { cookie } : {}), ...extra });
  const post = (body: string | Buffer | FormData, contentType?: string) => async (request: APIRequestContext, cookie: string | undefined) => {
    const response =
      body instanceof FormData
        ? await request.post("/mentors", { headers: headers(cookie), multipart: body, maxRedirects: 0 })
        : await request.post("/mentors", { headers: headers(cookie, { "content-type": contentType! }), data: body, maxRedirects: 0 });
    return { status: response.status(), body: await response.text() };
  };
  const noScript = async (request: APIRequestContext, cookie: string | undefined) => {
    const form = fuzzedFields("");
    form.append(`$ACTION_ID_${actionId}`, "");
    const response = await request.post("/mentors", { headers: cookie ? { cookie } : {}, multipart: form, maxRedirects: 0 });
    return { status: response.status(), body: await response.text() };
  };
  const encoded = (args: string) => () => {
    const form = fuzzedFields("1_");
    form.append("0", args);
    return form;
  };
  const bodies: [string, () => string | Buffer | FormData, string?][] = [
    ["random bytes", () => randomBytes(1 + Math.floor(random() * 2_000)), "text/plain;charset=UTF-8"],
    ["no arguments", () => "[]", "text/plain;charset=UTF-8"],
    ["null", () => "[null]", "text/plain;charset=UTF-8"],
    ["a string for the form", () => '["x"]', "text/plain;charset=UTF-8"],
    ["a state and a number", () => "[{},1]", "text/plain;charset=UTF-8"],
    ["an object for the form", () => '[{"get":1},{"getAll":[]}]', "text/plain;charset=UTF-8"],
    ["broken JSON", () => '[{"a":', "text/plain;charset=UTF-8"],
    ["deep nesting", () => `${"[".repeat(2_000)}${"]".repeat(2_000)}`, "text/plain;charset=UTF-8"],
    ["fuzzed form", encoded('["$K1"]')],
    ["fuzzed form with a state", encoded('[{},"$K1"]')],
    ["fuzzed form with a forged state", encoded('[{"message":"x","values":{"topics":1}},"$K1"]')],
    ["fuzzed form again", encoded('["$K1"]')],
  ];
  return [
    ...bodies.map(([label, make, type]) => ({
      label: `${exportedName}: ${label}`,
      send: (request: APIRequestContext, cookie: string | undefined) => post(make(), type)(request, cookie),
    })),
    { label: `${exportedName}: form posted without JavaScript`, send: noScript },
    { label: `${exportedName}: form posted without JavaScript, again`, send: noScript },
  ];
}

const junk = () => encodeURIComponent(pick(VALUES).slice(0, 2_000));
const ROUTES: (() => { method: "GET" | "POST" | "HEAD"; path: string; body?: string | Buffer })[] = [
  () => ({ method: "GET", path: `/mentors?topic=${junk()}&language=${junk()}&country=${junk()}&free=${junk()}&q=${junk()}&page=${junk()}&tz=${junk()}` }),
  () => ({ method: "GET", path: `/mentors?page=1&page=2&topic=a&topic=b&tz=UTC&tz=Asia%2FTokyo` }),
  () => ({ method: "GET", path: `/mentors/${junk()}` }),
  () => ({ method: "GET", path: `/mentors/rosa-pennington/book?start=${junk()}&tz=${junk()}` }),
  () => ({ method: "GET", path: `/mentors/rosa-pennington/times/${junk()}/${junk()}` }),
  () => ({ method: "GET", path: `/bookings/confirm/${junk()}?done=${junk()}` }),
  () => ({ method: "GET", path: `/bookings/manage/${"A".repeat(43)}?done=${junk()}` }),
  () => ({ method: "GET", path: `/bookings/requested?mentor=${junk()}&held=${junk()}` }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `/bookings/manage/${pick([junk(), "A".repeat(43)])}/feedback?useful=${junk()}&done=${junk()}` }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `/sessions/${junk()}/outcome/${pick([junk(), "A".repeat(43)])}?mark=${junk()}&done=${junk()}` }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `/bookings/co-founder/${pick([junk(), "A".repeat(43), "left"])}?done=${junk()}` }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `/waitlist/${pick(["confirm", "unsubscribe"])}/${pick([junk(), "A".repeat(43)])}?done=${junk()}` }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `/my-data/open/${pick([junk(), "A".repeat(43)])}?done=${junk()}` }),
  () => ({ method: "GET", path: `/my-data/${pick(["view", "export"])}?done=${junk()}` }),
  () => ({ method: "GET", path: `/bookings/manage/${pick([junk(), "A".repeat(43)])}/my-data` }),
  () => ({ method: "GET", path: `/privacy?${junk()}=${junk()}` }),
  () => ({ method: "GET", path: `/signin?next=${junk()}&error=${junk()}` }),
  () => ({ method: "GET", path: `/signin/verify?email=${junk()}&token=${junk()}&next=${junk()}` }),
  () => ({ method: "GET", path: `/time-zone?return=${junk()}&tz=${junk()}` }),
  () => ({ method: "GET", path: `/time-zone/set?tz=${junk()}&return=${junk()}` }),
  () => ({ method: "GET", path: `/calendar/${junk()}` }),
  () => ({ method: "HEAD", path: `/calendar/${"x".repeat(43)}.ics` }),
  () => ({ method: "GET", path: `/organiser/stats?from=${junk()}&to=${junk()}&mentor=${junk()}` }),
  () => ({ method: "GET", path: `/organiser/stats/bookings.csv?from=${junk()}&to=${junk()}&text=${junk()}` }),
  () => ({ method: "GET", path: `/organiser/stats/summary.csv?from=${junk()}&to=${junk()}` }),
  () => ({ method: "GET", path: `/organiser/audit?page=${junk()}` }),
  () => ({ method: "GET", path: `/organiser/volunteers?done=${junk()}&problem=${junk()}&mentor=${junk()}&cancelled=${junk()}` }),
  () => ({ method: "GET", path: `/volunteer/sessions/${junk()}/invite.ics` }),
  () => ({ method: "GET", path: `/volunteer/availability?week=${junk()}` }),
  () => ({ method: "GET", path: `/volunteer/account${pick(["", "/export.json"])}?done=${junk()}` }),
  () => ({ method: "GET", path: `/volunteer/calendars?done=${junk()}` }),
  () => ({ method: "POST", path: "/api/auth/signin/email", body: randomBytes(300) }),
  () => ({ method: "POST", path: "/api/auth/signin/email", body: `email=${junk()}&callbackUrl=${junk()}&email=${junk()}` }),
  () => ({ method: "GET", path: `/api/auth/callback/email?token=${junk()}&email=${junk()}&callbackUrl=${junk()}` }),
  () => ({ method: "POST", path: `/api/auth/callback/email`, body: randomBytes(100) }),
  () => ({ method: "GET", path: "/api/auth/session" }),
  () => ({ method: pick(["GET", "HEAD"] as const), path: `${pick(["/healthz", "/readyz"])}?${junk()}=${junk()}` }),
  () => ({ method: "POST", path: "/api/auth/signout", body: `csrfToken=${junk()}` }),
  () => ({ method: "GET", path: `/api/auth/${junk()}` }),
  () => ({ method: "POST", path: `/api/auth/signin/${junk()}`, body: randomBytes(50) }),
];

/** Actions a button without fields calls: any request is a real press. */
const NO_INPUT = ["signOut", "freshBookingChallenge", "createCalendarFeed", "turnOffCalendarFeed"];

/** Tables a refused request must leave alone (counters of limits and spent one-time values may move). */
const TABLES = [
  "User",
  "MentorProfile",
  "MentorTopic",
  "MentorLanguage",
  "WeeklyRule",
  "ExtraSlot",
  "DayOff",
  "Booking",
  "BookingTopic",
  "Topic",
  "OutboxEmail",
  "AuditLog",
  "VerificationToken",
  "Account",
  "WaitlistEntry",
  "WaitlistNotice",
  "CoFounder",
  "SessionFeedback",
  "SessionReminder",
  "DataAccessLink",
  "CalendarSource",
  "BusyTime",
];

function rowCounts(server: ExtraServer): Record<string, number> {
  const db = server.database();
  try {
    // An organiser's export with an empty period is a real download of the default period, audited as every download is.
    const where = (table: string) => (table === "AuditLog" ? ` WHERE "action" NOT LIKE 'export.%'` : "");
    return Object.fromEntries(TABLES.map((table) => [table, (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"${where(table)}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

test("fuzz: no 5xx, no failure inside, no partial write, from any entry point and any role", async ({ playwright }) => {
  const server = await startExtraServer(3112, { BOOKING_LIMIT_PER_IP: "100000" });
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const actions = Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? id }));
    expect(actions.length).toBeGreaterThanOrEqual(20);
    const roles: [string, string | undefined][] = [
      ["anonymous", undefined],
      ["volunteer", server.sessionCookie(DEMO_MENTORS[0]!.email)],
      ["organiser", server.sessionCookie(DEMO_ORGANISER.email)],
    ];
    const before = rowCounts(server);
    const request = await playwright.request.newContext({ baseURL: server.baseURL });
    const failures: string[] = [];
    let tried = 0;

    const check = (label: string, status: number, body: string) => {
      tried++;
      // An E row is an error thrown inside the action; notFound() travels the same way and is a deliberate refusal.
      const errorRow = /^\d+:E(\{.*\})$/m.exec(body)?.[1];
      const failedInside =
        (errorRow !== undefined && !errorRow.includes('"NEXT_HTTP_ERROR_FALLBACK;404"')) || /Application error: a server-side exception/i.test(body);
      if (status >= 500 || failedInside) failures.push(`${label} → ${status}${failedInside ? ` (failed inside: ${errorRow ?? "error page"})` : ""}`);
    };

    // Actions that take no input (a button) do their work for any request; they are
    // sent only after the tables are compared, and signOut only anonymously, since
    // it would end the role's session mid-run.
    const takesInput = (name: string) => !NO_INPUT.includes(name);
    for (const [role, cookie] of roles) {
      const probes = actions.filter((action) => takesInput(action.name)).flatMap((action) => actionProbes(action.id, action.name));
      for (const probe of probes) {
        const { status, body } = await probe.send(request, cookie);
        check(`${role} ${probe.label}`, status, body);
      }
      for (const route of ROUTES) {
        for (let repeat = 0; repeat < 4; repeat++) {
          const { method, path: target, body } = route();
          const headers = {
            ...(cookie ? { cookie } : {}),
            ...(body !== undefined ? { "content-type": typeof body === "string" ? "application/x-www-form-urlencoded" : "application/octet-stream" } : {}),
          };
          const response = await request.fetch(target, { method, headers, data: body, maxRedirects: 0 });
          check(`${role} ${method} ${target.slice(0, 120)}`, response.status(), method === "HEAD" ? "" : await response.text());
        }
      }
    }
    const after = rowCounts(server);
    for (const [role, cookie] of roles) {
      const buttons = actions.filter((action) => !takesInput(action.name) && (cookie === undefined || action.name !== "signOut"));
      for (const probe of buttons.flatMap((action) => actionProbes(action.id, action.name))) {
        const { status, body } = await probe.send(request, cookie);
        check(`${role} ${probe.label}`, status, body);
      }
    }
    await request.dispose();
    console.log(`fuzz: ${tried} requests to ${actions.length} server actions and ${ROUTES.length} routes, as ${roles.length} roles`);
    expect(failures, `${failures.length} of ${tried} requests failed`).toEqual([]);
    expect(after).toEqual(before);
  } finally {
    await server.stop();
  }
});
