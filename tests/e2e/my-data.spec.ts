import type { Download } from "@playwright/test";
import { queryE2eDatabase } from "./database";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";
import { bookAndConfirm, founder, mentorFor } from "./support/founders";

async function jsonOf(download: Download) {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { email: string; bookings: { founderEmail: string; founderName: string; message: string }[] };
}

test("a founder downloads everything held about them and erases it; the volunteer is told the session is off", async ({ page }, testInfo) => {
  const mentor = mentorFor(testInfo, 9);
  // A name of its own: other tests book as "Ada Okafor" at the same time.
  const details = { ...founder(testInfo), name: `Ada Erasmus ${testInfo.project.name} ${Date.now().toString(36)}` };
  await bookAndConfirm(page, mentor.slug, details);
  const [booking] = queryE2eDatabase<{ id: string }>(`SELECT "id" FROM "Booking" WHERE "founderEmail" = ?`, details.email);

  // From the manage link in the confirmation.
  const confirmed = await waitForMail(details.email, /^Confirmed/);
  await page.goto(linkIn(confirmed, "/bookings/manage/"));
  const fromManage = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything we hold about you (JSON)" }).click();
  const manageCopy = await jsonOf(await fromManage);
  expect(manageCopy.bookings).toMatchObject([{ founderEmail: details.email, founderName: details.name, message: details.message }]);

  // From the public page, by an emailed one-time link.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "My data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My data" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your email").fill(details.email);
  await page.waitForTimeout(2_500);
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(details.email, /^Your Candle data link/);
  const link = linkIn(mail, "/my-data/open/");
  await page.goto(link);
  await page.getByRole("button", { name: "Show my data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(details.email);
  await expect(page.getByRole("main")).toContainText(details.message);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download it all (JSON)" }).click();
  const copy = await jsonOf(await download);
  expect(copy.email).toBe(details.email);
  expect(copy.bookings).toMatchObject([{ founderEmail: details.email, founderName: details.name, message: details.message }]);

  // The emailed link worked once.
  const other = await page.context().browser()!.newContext();
  const stranger = await other.newPage();
  await stranger.goto(link);
  await stranger.getByRole("button", { name: "Show my data" }).click();
  await expect(stranger.getByRole("main").getByRole("alert")).toContainText("used or has expired");
  await other.close();

  // Erasing asks for the box to be ticked.
  await page.getByRole("checkbox", { name: "I understand this cannot be undone" }).check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByRole("heading", { name: "Your data is erased" })).toBeVisible();

  expect(queryE2eDatabase(`SELECT 1 FROM "Booking" WHERE "founderEmail" = ? OR "founderName" = ?`, details.email, details.name)).toEqual([]);
  const [row] = queryE2eDatabase<{ status: string; anonymisedAt: string | null }>(`SELECT "status", "anonymisedAt" FROM "Booking" WHERE "id" = ?`, booking!.id);
  expect(row).toMatchObject({ status: "cancelled_by_founder" });
  expect(row!.anonymisedAt).not.toBeNull();
  expect(queryE2eDatabase(`SELECT 1 FROM "OutboxEmail" WHERE "bookingId" = ? AND "icsMethod" = 'CANCEL'`, booking!.id).length).toBeGreaterThanOrEqual(1);
  // Once it has gone out, the volunteer's CANCEL is erased too, by housekeeping (every 2 s here).
  await expect
    .poll(
      () =>
        queryE2eDatabase(
          `SELECT 1 FROM "OutboxEmail" WHERE "to" = ? OR "text" LIKE ? OR "html" LIKE ?`,
          details.email,
          `%${details.email}%`,
          `%${details.name}%`,
        ).length,
      {
        timeout: 20_000,
      },
    )
    .toBe(0);

  // The manage link no longer opens anything.
  expect((await page.goto(linkIn(confirmed, "/bookings/manage/")))?.status()).toBe(404);
});
