import { randomUUID } from "node:crypto";
import type { APIRequestContext, TestInfo } from "@playwright/test";
import { DEMO_ORGANISER } from "../../prisma/demo-data";
import { queryE2eDatabase, updateE2eDatabase } from "./database";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";
import { BookingPage } from "./pages/booking-page";
import { signIn } from "./pages/sign-in";
import { founder } from "./support/founders";

// Each test makes a mentor of its own with no hours at all (the demo mentors are
// shared with the booking specs running at the same time), then frees time the
// way a volunteer adding hours does: new weekly hours and a due refresh, which
// the e2e server's housekeeping (every 2 s) picks up.

/** Dates as the app stores them in this database, so text comparisons in SQL hold. */
function stored(at: Date): string {
  const [sample] = queryE2eDatabase<{ createdAt: string }>(`SELECT "createdAt" FROM "MentorProfile" LIMIT 1`);
  return sample!.createdAt.endsWith("Z") ? at.toISOString() : at.toISOString().replace("Z", "+00:00");
}

function fullMentor(testInfo: TestInfo) {
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const now = stored(new Date());
  const userId = randomUUID();
  const mentorId = randomUUID();
  const mentor = { id: mentorId, slug: `waitlist-${tag}`, displayName: `Wren Waitlist ${testInfo.project.name}`, email: `wren-${tag}@example.coop` };
  updateE2eDatabase(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, 'volunteer', ?, ?)`,
    userId,
    mentor.email,
    mentor.displayName,
    now,
    now,
  );
  updateE2eDatabase(
    `INSERT INTO "MentorProfile" ("id", "userId", "slug", "status", "displayName", "headline", "bio", "timeZone", "country", "meetingUrl",
       "sessionMinutes", "bufferMinutes", "minNoticeHours", "horizonDays", "maxPerWeek", "nextFreeRefreshAt", "approvedAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 'approved', ?, 'Helps bakeries become co-ops', 'Ran a bakery co-op for ten years.', 'UTC', 'GB', 'https://meet.example.coop/wren',
       60, 0, 1, 14, 20, ?, ?, ?, ?)`,
    mentorId,
    userId,
    mentor.slug,
    mentor.displayName,
    stored(new Date(Date.now() + 86_400_000)),
    now,
    now,
    now,
  );
  updateE2eDatabase(`INSERT INTO "MentorLanguage" ("mentorId", "language") VALUES (?, 'en')`, mentorId);
  // The booking form suggests the mentor's topics, ticked.
  updateE2eDatabase(`INSERT INTO "MentorTopic" ("mentorId", "topicId") SELECT ?, "id" FROM "Topic" WHERE "slug" = 'conversions'`, mentorId);
  return mentor;
}

/** Hours every day, all day: the next housekeeping run finds free time and tells the waitlist. */
function freeTime(mentorId: string) {
  for (let weekday = 1; weekday <= 7; weekday++) {
    updateE2eDatabase(
      `INSERT INTO "WeeklyRule" ("id", "mentorId", "weekday", "startMinute", "endMinute") VALUES (?, ?, ?, 0, 1440)`,
      randomUUID(),
      mentorId,
      weekday,
    );
  }
  updateE2eDatabase(`UPDATE "MentorProfile" SET "nextFreeRefreshAt" = ? WHERE "id" = ?`, stored(new Date(Date.now() - 60_000)), mentorId);
}

const entriesOf = (email: string) =>
  queryE2eDatabase<{ confirmedAt: string | null; expiresAt: string }>(`SELECT "confirmedAt", "expiresAt" FROM "WaitlistEntry" WHERE "email" = ?`, email);

/** A mail scanner follows every link in a message, with GET and HEAD. */
async function scan(request: APIRequestContext, text: string | undefined, testInfo: TestInfo) {
  const links = [...new Set([...(text ?? "").matchAll(/https?:\/\/\S+/g)].map(([url]) => url))];
  const ours = links.filter((url) => url.startsWith(testInfo.project.use.baseURL ?? "http://127.0.0.1"));
  expect(ours.length).toBeGreaterThanOrEqual(2);
  for (const url of ours) {
    expect((await request.get(url)).status()).toBeLessThan(500);
    expect((await request.head(url)).status()).toBeLessThan(500);
  }
}

test("waitlist sign-up → slot freed → email → booking, and a mail scanner changes nothing on the way", async ({ browser, page, request }, testInfo) => {
  const mentor = fullMentor(testInfo);
  const details = founder(testInfo);
  await page.goto(`/mentors/${mentor.slug}`);
  await expect(page.getByText(`${mentor.displayName} has no free times at the moment.`)).toBeVisible();
  const form = page.getByRole("form", { name: `Tell me when ${mentor.displayName} has free time` });
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await form.getByLabel("Your email").fill(details.email);
  await page.waitForTimeout(2_500);
  await form.getByRole("button", { name: "Tell me when a time frees up" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const confirmation = await waitForMail(details.email, /^Please confirm: tell me when/);
  await expect(page.getByRole("link", { name: "Back to the mentors" })).toBeVisible();
  await expectAccessible(page);
  await scan(request, confirmation.text, testInfo);
  expect(entriesOf(details.email)).toEqual([expect.objectContaining({ confirmedAt: null })]);
  await page.goto(linkIn(confirmation, "/waitlist/confirm/"));
  await expect(page.getByRole("heading", { name: "Join the waitlist?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, tell me when a time frees up" }).click();
  await expect(page.getByRole("heading", { name: "You are on the waitlist" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`when ${mentor.displayName} has a free time`);

  if (testInfo.project.name === "desktop") {
    // Organisers see who is waiting for whom: the demand the programme does not meet.
    const organiser = await browser.newPage();
    await signIn(organiser, DEMO_ORGANISER.email, "/organiser/stats");
    await expect(organiser.getByRole("heading", { name: "Unmet demand" })).toBeVisible();
    await expect(organiser.getByRole("img", { name: /Founders waiting per mentor/ })).toContainText(`The most: ${mentor.displayName}, with 1.`);
    await organiser.close();
  }

  freeTime(mentor.id);
  const freed = await waitForMail(details.email, new RegExp(`^${mentor.displayName} has a free time on `));
  await scan(request, freed.text, testInfo);
  expect(entriesOf(details.email)).toHaveLength(1);
  expect(queryE2eDatabase(`SELECT "id" FROM "Booking" WHERE "founderEmail" = ?`, details.email)).toHaveLength(0);

  const bookUrl = /Book this time:\n(\S+)/.exec(freed.text ?? "")![1]!;
  const start = new URL(bookUrl).searchParams.get("start")!;
  await page.goto(bookUrl);
  const booking = new BookingPage(page);
  await expect(booking.heading()).toBeVisible();
  await expect(page.locator(`.session-summary time[datetime="${start}"]`)).toBeVisible();
  await booking.fill(details);
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await waitForMail(details.email, /^Please confirm your session with /);
  expect(queryE2eDatabase<{ startsAt: string }>(`SELECT "startsAt" FROM "Booking" WHERE "founderEmail" = ?`, details.email)).toHaveLength(1);

  // The way off, from the same email: a page with a button, which takes the address off every waitlist.
  await page.goto(linkIn(freed, "/waitlist/unsubscribe/"));
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Take me off every waitlist" }).click();
  await expect(page.getByRole("status")).toContainText("no more waitlist emails");
  expect(entriesOf(details.email)).toHaveLength(0);

  await page.goto("/mentors?topic=community-networks&language=ja");
  await expect(page.getByRole("form", { name: "Tell me when a mentor for this search has free time" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a full mentor's page and a directory search with no mentor offer the waitlist", async ({ page }, testInfo) => {
    const mentor = fullMentor(testInfo);
    const onPage = `page-${founder(testInfo).email}`;
    await page.goto(`/mentors/${mentor.slug}`);
    await page.getByLabel("Your email").fill(onPage);
    await page.waitForTimeout(2_500);
    await page.getByRole("button", { name: "Tell me when a time frees up" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await waitForMail(onPage, /^Please confirm: tell me when/);

    const details = founder(testInfo);
    await page.goto("/mentors?topic=community-networks&language=ja");
    await expect(page.getByText("No mentors match these filters.")).toBeVisible();
    const form = page.getByRole("form", { name: "Tell me when a mentor for this search has free time" });
    await form.getByLabel("Your email").fill("not an address");
    await page.waitForTimeout(2_500);
    await form.getByRole("button", { name: "Tell me when a time frees up" }).click();
    await expect(page.getByText("Please enter an email address like name@example.org.")).toBeVisible();
    await page.getByRole("form", { name: "Tell me when a mentor for this search has free time" }).getByLabel("Your email").fill(details.email);
    await page.getByRole("button", { name: "Tell me when a time frees up" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const confirmation = await waitForMail(details.email, /^Please confirm/);
    expect(confirmation.text).toContain("a mentor for Community networks & ISPs, in Japanese has a free time");
    expect(queryE2eDatabase(`SELECT "topicId", "language" FROM "WaitlistEntry" WHERE "email" = ?`, details.email)).toEqual([
      { topicId: expect.any(String), language: "ja" },
    ]);
  });
});
