import { test, expect } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { FORM_MIN_AGE_MS, prepareBooking, submitBooking, type PreparedBooking } from "../../scripts/bench/booking";
import { hiddenFields } from "./support/forms";
import { startCluster, type Cluster, type Instance } from "./support/cluster";

// Two production servers from one build on one PostgreSQL database, behind a
// round-robin proxy: what one instance does, the other sees and honours.

const postgresUrl = process.env.TEST_POSTGRES_URL;
test.skip(!postgresUrl, "set TEST_POSTGRES_URL to run the cluster test (.ci/run does)");
test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let a: Instance;
let b: Instance;
let mentors: { slug: string; displayName: string }[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Housekeeping every second and a 5 s mail lease, so the test sees a few rounds in its time; reminders a
  // month ahead, so only sessions whose confirmation the test moves back are reminded.
  cluster = await startCluster(postgresUrl!, [3120, 3121], {
    HOUSEKEEPING_INTERVAL_SECONDS: "1",
    OUTBOX_LEASE_SECONDS: "5",
    REMINDER_HOURS: "720",
    NEXT_PRIVATE_DEBUG_CACHE: process.env.NEXT_PRIVATE_DEBUG_CACHE ?? "",
  });
  [a, b] = cluster.instances;
  mentors = await cluster.query<{ slug: string; displayName: string }>(
    `SELECT slug, "displayName" FROM "MentorProfile" WHERE status = 'approved' AND "acceptingBookings" AND "nextFreeAt" IS NOT NULL ORDER BY slug`,
  );
});

test.afterAll(async () => cluster?.stop());

const recipients = (mail: ParsedMail) => JSON.stringify(mail.to ?? "");
const linkIn = (mail: ParsedMail, path: string) => {
  const match = new RegExp(`https?://[^\\s]+${path}[^\\s]*`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return new URL(match[0]);
};

/** The first message to `to` with a link to `path`, waiting up to 15 s for it. */
async function mailWithLink(to: string, path: string): Promise<URL> {
  await expect.poll(() => cluster.smtp.received.some((mail) => recipients(mail).includes(to) && mail.text?.includes(path)), { timeout: 15_000 }).toBe(true);
  return linkIn(
    cluster.smtp.received.find((mail) => recipients(mail).includes(to) && mail.text?.includes(path))!,
    path,
  );
}

/** Forms filled in on `from`, old enough to be sent. */
async function prepare(from: Instance | Cluster, slugs: string[], label: string): Promise<PreparedBooking[]> {
  const prepared = await Promise.all(slugs.map((slug, index) => prepareBooking(from.baseURL, slug, `${label}-${index}-${Date.now()}`)));
  for (const booking of prepared) if (typeof booking === "string") throw new Error(booking);
  await new Promise((resolve) => setTimeout(resolve, FORM_MIN_AGE_MS));
  return prepared as PreparedBooking[];
}

const founderOf = (booking: PreparedBooking) => Object.fromEntries(booking.fields).email!;
const startOf = (booking: PreparedBooking) => new URL(booking.actionUrl).searchParams.get("start") ?? Object.fromEntries(booking.fields).start!;

/** Posts a form of `path` as rendered by `from` (the first, or the first containing `containing`) to the same path on `to`. */
async function postFormAcross(from: Instance, to: Instance, path: string, fields: Record<string, string> = {}, containing?: string) {
  const html = await (await fetch(from.baseURL + path)).text();
  const forms = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((match) => match[0]);
  const index = containing ? forms.findIndex((form) => form.includes(containing)) : 0;
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...hiddenFields(html, index), ...fields })) body.append(name, value);
  return fetch(to.baseURL + path, { method: "POST", body, redirect: "manual", headers: { origin: to.baseURL, accept: "text/html" } });
}

test("a form rendered by one instance is accepted by the other: booking, confirmation, sign-in", async () => {
  const [booking] = await prepare(a, [mentors[0]!.slug], "across");
  const sent = await submitBooking(b.baseURL, booking!);
  expect(sent, sent.problem).toMatchObject({ ok: true });

  const founder = founderOf(booking!);
  const confirm = await mailWithLink(founder, "/bookings/confirm/");
  const confirmed = await postFormAcross(a, b, confirm.pathname);
  expect(confirmed.status).toBe(303);
  expect(confirmed.headers.get("location")).toContain("done=confirmed");

  const volunteer = (
    await cluster.query<{ email: string }>(`SELECT u.email FROM "User" u JOIN "MentorProfile" m ON m."userId" = u.id WHERE m.slug = $1`, [mentors[0]!.slug])
  )[0]!.email;
  const asked = await postFormAcross(b, a, "/signin", { email: volunteer });
  expect(asked.status).toBe(303);
  const link = await mailWithLink(volunteer, "/signin/verify");
  const callback = new URL("/api/auth/callback/email", b.baseURL);
  for (const name of ["email", "token"]) callback.searchParams.set(name, link.searchParams.get(name)!);
  const signedIn = await fetch(callback, { redirect: "manual" });
  const cookie = (signedIn.headers.getSetCookie().find((value) => value.startsWith("next-auth.session-token=")) ?? "").split(";")[0]!;
  expect(cookie, "a session cookie from the other instance").not.toBe("");
  const area = await fetch(`${a.baseURL}/volunteer/sessions`, { headers: { cookie }, redirect: "manual" });
  expect(area.status).toBe(200);
  expect(await area.text(), "the session booked through the other instance").toContain(founder);
});

/** Milliseconds from `since` until `check` holds on a page of `instance` (polled every 25 ms), or Infinity after 10 s. */
async function lagUntil(instance: Instance, path: string, check: (html: string) => boolean, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    if (check(await (await fetch(instance.baseURL + path)).text())) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Infinity;
}

/** The first offered start on a mentor's page, as served (from cache) by `instance`. */
async function firstOffered(instance: Instance, slug: string) {
  const html = await (await fetch(`${instance.baseURL}/mentors/${slug}`)).text();
  return /<time dateTime="([^"]+)"/i.exec(html)?.[1];
}

test("a hold and a cancellation on one instance show on both instances' mentor page and directory within 1 s", async () => {
  const mentor = mentors[1]!;
  const pages = { mentor: `/mentors/${mentor.slug}`, directory: `/mentors?q=${encodeURIComponent(mentor.displayName.split(" ")[0]!)}` };
  const [booking] = await prepare(a, [mentor.slug], "lag");
  const start = startOf(booking!);
  // Both instances have the page cached and the directory result in memory, showing the slot.
  for (const instance of [a, b]) {
    for (let warm = 0; warm < 3; warm++) for (const path of Object.values(pages)) await (await fetch(instance.baseURL + path)).text();
    expect(await firstOffered(instance, mentor.slug)).toBe(start);
  }
  const offered = (html: string) => html.includes(`dateTime="${start}"`);

  const held = await submitBooking(a.baseURL, booking!);
  expect(held, held.problem).toMatchObject({ ok: true });
  const heldAt = Date.now();
  const holdLags = await Promise.all(
    [a, b].flatMap((instance) => Object.values(pages).map((path) => lagUntil(instance, path, (html) => !offered(html), heldAt))),
  );

  const manage = await mailWithLink(founderOf(booking!), "/bookings/manage/");
  const cancelled = await postFormAcross(a, b, manage.pathname, {}, "Cancel my session");
  expect(cancelled.headers.get("location")).toContain("done=cancelled");
  const cancelledAt = Date.now();
  const cancelLags = await Promise.all([a, b].flatMap((instance) => Object.values(pages).map((path) => lagUntil(instance, path, offered, cancelledAt))));

  const names = [a, b].flatMap((instance) => Object.keys(pages).map((page) => `${instance.name} ${page}`));
  console.log(`cluster: lag after a hold on a: ${names.map((name, index) => `${name} ${holdLags[index]} ms`).join(", ")}`);
  console.log(`cluster: lag after a cancellation on b: ${names.map((name, index) => `${name} ${cancelLags[index]} ms`).join(", ")}`);
  for (const lag of [...holdLags, ...cancelLags]) expect(lag).toBeLessThan(1_000);
});

test("periodic work runs once per due item across both instances", async () => {
  const before = (instance: Instance, job: string) => instance.jobRuns(job).length;
  const marks = { a: before(a, "housekeeping"), b: before(b, "housekeeping") };
  // Unconfirmed holds whose time ran out, and every mentor's next free slot due again.
  const slugs = mentors.slice(2, 6).map((mentor) => mentor.slug);
  const holds = await prepare(cluster, slugs, "stale");
  const firstStart = startOf(holds[0]!);
  for (const hold of holds) expect((await submitBooking(cluster.baseURL, hold)).ok).toBe(true);
  for (const instance of [a, b]) await expect.poll(() => firstOffered(instance, slugs[0]!), { timeout: 2_000 }).not.toBe(firstStart);
  const stale = await cluster.query(`UPDATE "Booking" SET "expiresAt" = now() - interval '1 minute' WHERE status IN ('pending', 'requested') RETURNING id`);
  const due = await cluster.query(`UPDATE "MentorProfile" SET "nextFreeRefreshAt" = now() - interval '1 minute' RETURNING id`);
  const reminded = await cluster.query<{ id: string }>(
    `UPDATE "Booking" b SET "confirmedAt" = now() - interval '31 days'
     WHERE status = 'confirmed' AND "startsAt" > now() + interval '1 hour' AND "startsAt" < now() + interval '29 days'
       AND NOT EXISTS (SELECT 1 FROM "SessionReminder" r WHERE r."bookingId" = b.id) RETURNING id`,
  );
  await expect.poll(async () => (await cluster.query(`SELECT id FROM "Booking" WHERE status IN ('pending', 'requested')`)).length, { timeout: 15_000 }).toBe(0);
  await expect.poll(async () => (await cluster.query(`SELECT id FROM "MentorProfile" WHERE "nextFreeRefreshAt" <= now()`)).length, { timeout: 15_000 }).toBe(0);
  await expect
    .poll(async () => (await cluster.query(`SELECT DISTINCT "bookingId" FROM "SessionReminder"`)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(reminded.length);
  // The expired hold's time is on offer again on both instances' cached page, without waiting for the page to go stale.
  for (const instance of [a, b]) await expect.poll(() => firstOffered(instance, slugs[0]!), { timeout: 1_000 }).toBe(firstStart);
  // Let any run that started before the last check finish and log.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const runsOf = { a: a.jobRuns("housekeeping").slice(marks.a), b: b.jobRuns("housekeeping").slice(marks.b) };
  const runs = [...runsOf.a, ...runsOf.b];
  const sum = (key: string) => runs.reduce((total, run) => total + Number(run[key] ?? 0), 0);
  console.log(
    `cluster: ${runs.length} housekeeping runs; ${sum("expiredHolds")} holds expired of ${stale.length}; ${sum("refreshedNextFree")} next free slots refreshed of ${due.length}; ${sum("remindedSessions")} sessions reminded of ${reminded.length}`,
  );
  expect(Math.min(runsOf.a.length, runsOf.b.length), "both instances ran").toBeGreaterThan(0);
  expect(sum("expiredHolds")).toBe(stale.length);
  expect(sum("refreshedNextFree")).toBe(due.length);
  expect(reminded.length, "sessions to remind").toBeGreaterThan(0);
  expect(sum("remindedSessions")).toBe(reminded.length);

  // Every message went exactly once, though both instances deliver mail.
  await expect.poll(async () => (await cluster.query(`SELECT id FROM "OutboxEmail" WHERE "sentAt" IS NULL`)).length, { timeout: 20_000 }).toBe(0);
  const outbox = await cluster.query(`SELECT id FROM "OutboxEmail"`);
  expect(cluster.smtp.received.length).toBe(outbox.length);
  // Both people of each reminded session heard once.
  const reminders = cluster.smtp.received.filter((mail) => mail.subject?.startsWith("Reminder:"));
  expect(reminders).toHaveLength(2 * reminded.length);
  const perSession = await cluster.query<{ count: string }>(`SELECT COUNT(*) AS count FROM "OutboxEmail" WHERE purpose = 'reminder' GROUP BY "bookingId"`);
  expect(perSession.map((row) => Number(row.count))).toEqual(reminded.map(() => 2));

  // The same sessions, now ended three hours ago (a minute apart, so none meet): both people are asked how it went, once.
  const marksAfter = { a: before(a, "housekeeping"), b: before(b, "housekeeping") };
  const ended = await cluster.query<{ id: string }>(
    `UPDATE "Booking" b SET "startsAt" = now() - interval '4 hours' - o.n * interval '1 minute', "endsAt" = now() - interval '3 hours' - o.n * interval '1 minute'
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Booking" WHERE id IN (${reminded.map((_, index) => `$${index + 1}`).join(", ")})) o
     WHERE b.id = o.id RETURNING b.id`,
    reminded.map((row) => row.id),
  );
  await expect
    .poll(async () => (await cluster.query(`SELECT id FROM "Booking" WHERE id = ANY($1) AND "followUpAskedAt" IS NULL`, [ended.map((row) => row.id)])).length, {
      timeout: 15_000,
    })
    .toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const laterRuns = [...a.jobRuns("housekeeping").slice(marksAfter.a), ...b.jobRuns("housekeeping").slice(marksAfter.b)];
  const followedUp = laterRuns.reduce((total, run) => total + Number(run.followedUpSessions ?? 0), 0);
  console.log(`cluster: ${followedUp} sessions asked how it went of ${ended.length}`);
  expect(followedUp).toBe(ended.length);
  await expect.poll(async () => (await cluster.query(`SELECT id FROM "OutboxEmail" WHERE "sentAt" IS NULL`)).length, { timeout: 20_000 }).toBe(0);
  const asked = await cluster.query<{ count: string }>(
    `SELECT COUNT(*) AS count FROM "OutboxEmail" WHERE purpose = 'follow-up' AND "bookingId" = ANY($1) GROUP BY "bookingId"`,
    [ended.map((row) => row.id)],
  );
  expect(asked.map((row) => Number(row.count))).toEqual(ended.map(() => 2));
  // And each went once, though both instances deliver mail.
  expect(cluster.smtp.received.length).toBe((await cluster.query(`SELECT id FROM "OutboxEmail"`)).length);
});

test("killing an instance mid-way loses no booking and no email; the other carries on, and a restart is safe", async () => {
  const slugs = mentors.slice(6, 12).map((mentor) => mentor.slug);
  const forms = await prepare(cluster, slugs, "kill");
  const outcomes = forms.map((form) => submitBooking(cluster.baseURL, form));
  // Mid-way: some answered, some under way, mail being sent.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await a.kill("SIGKILL");
  const results = await Promise.all(outcomes);
  const acknowledged = forms.filter((_, index) => results[index]!.ok).map(founderOf);
  console.log(`cluster: ${acknowledged.length} of ${forms.length} bookings acknowledged around the kill`);

  for (const founder of acknowledged) {
    const rows = await cluster.query(`SELECT id FROM "Booking" WHERE "founderEmail" = $1`, [founder]);
    expect(rows, `the booking of ${founder}`).toHaveLength(1);
  }
  // B takes over whatever a was sending once a's lease runs out; nothing stays unsent.
  await expect.poll(async () => (await cluster.query(`SELECT id FROM "OutboxEmail" WHERE "sentAt" IS NULL`)).length, { timeout: 45_000 }).toBe(0);
  for (const founder of acknowledged)
    expect(
      cluster.smtp.received.some((mail) => recipients(mail).includes(founder)),
      founder,
    ).toBe(true);

  // The survivor books on its own.
  const [after] = await prepare(b, [mentors[0]!.slug], "after-kill");
  expect((await submitBooking(cluster.baseURL, after!)).ok).toBe(true);

  await a.start();
  const ready = (await (await fetch(`${a.baseURL}/readyz`)).json()) as { ready: boolean };
  expect(ready.ready).toBe(true);
  expect((await fetch(`${a.baseURL}/mentors/${mentors[0]!.slug}`)).status).toBe(200);
});
