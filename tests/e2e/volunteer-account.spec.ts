import { randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { queryE2eDatabase, updateE2eDatabase } from "./database";
import { expect, expectAccessible, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { signIn } from "./pages/sign-in";
import { bookAndConfirm, founder } from "./support/founders";

/** Dates as the app stores them in this database, so text comparisons in SQL hold. */
function stored(at: Date): string {
  const [sample] = queryE2eDatabase<{ createdAt: string }>(`SELECT "createdAt" FROM "MentorProfile" LIMIT 1`);
  return sample!.createdAt.endsWith("Z") ? at.toISOString() : at.toISOString().replace("Z", "+00:00");
}

/** A volunteer of this test's own (the demo mentors are shared with the booking specs), free all day every day. */
function ownVolunteer(testInfo: TestInfo) {
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const now = stored(new Date());
  const [userId, mentorId] = [randomUUID(), randomUUID()];
  const volunteer = { slug: `leaving-${tag}`, displayName: `Lea Leaving ${testInfo.project.name}`, email: `lea-${tag}@example.coop` };
  updateE2eDatabase(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, 'volunteer', ?, ?)`,
    userId,
    volunteer.email,
    volunteer.displayName,
    now,
    now,
  );
  updateE2eDatabase(
    `INSERT INTO "MentorProfile" ("id", "userId", "slug", "status", "displayName", "headline", "bio", "timeZone", "country", "meetingUrl",
       "sessionMinutes", "bufferMinutes", "minNoticeHours", "horizonDays", "maxPerWeek", "nextFreeRefreshAt", "approvedAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 'approved', ?, 'Helps housing co-ops', 'Twenty years in a housing co-op.', 'UTC', 'GB', 'https://meet.example.coop/lea',
       60, 0, 1, 14, 20, ?, ?, ?, ?)`,
    mentorId,
    userId,
    volunteer.slug,
    volunteer.displayName,
    stored(new Date(Date.now() - 60_000)),
    now,
    now,
    now,
  );
  updateE2eDatabase(`INSERT INTO "MentorLanguage" ("mentorId", "language") VALUES (?, 'en')`, mentorId);
  updateE2eDatabase(`INSERT INTO "MentorTopic" ("mentorId", "topicId") SELECT ?, "id" FROM "Topic" WHERE "slug" = 'conversions'`, mentorId);
  for (let weekday = 1; weekday <= 7; weekday++) {
    updateE2eDatabase(
      `INSERT INTO "WeeklyRule" ("id", "mentorId", "weekday", "startMinute", "endMinute") VALUES (?, ?, ?, 0, 1440)`,
      randomUUID(),
      mentorId,
      weekday,
    );
  }
  return volunteer;
}

test("a volunteer downloads their account and deletes it; their founder is told the session is off", async ({ page }, testInfo) => {
  const volunteer = ownVolunteer(testInfo);
  const details = founder(testInfo);
  // Housekeeping (every 2 s here) works out their first free time, which the directory and their page show.
  await expect
    .poll(
      () => queryE2eDatabase<{ nextFreeAt: string | null }>(`SELECT "nextFreeAt" FROM "MentorProfile" WHERE "slug" = ?`, volunteer.slug)[0]?.nextFreeAt ?? null,
      {
        timeout: 15_000,
      },
    )
    .not.toBeNull();
  await bookAndConfirm(page, volunteer.slug, details);

  await signIn(page, volunteer.email);
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download your account and profile (JSON)" }).click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const copy = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { account: { email: string }; profile: { slug: string }; sessions: unknown[] };
  expect(copy.account.email).toBe(volunteer.email);
  expect(copy.profile.slug).toBe(volunteer.slug);
  expect(copy.sessions).toHaveLength(1);
  expect(JSON.stringify(copy)).not.toContain(details.email);

  await page.getByRole("checkbox", { name: "I understand this cannot be undone" }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await waitForMail(details.email, /^Cancelled/);
  expect((await page.goto(`/mentors/${volunteer.slug}`))?.status()).toBe(404);
  expect(queryE2eDatabase(`SELECT 1 FROM "User" WHERE "email" = ?`, volunteer.email)).toEqual([]);
  // Signed out: the volunteer area asks to sign in again.
  await page.goto("/volunteer");
  await expect(page).toHaveURL(/\/signin/);
});
