import ICAL from "ical.js";
import { confirmedLongAgo, queryE2eDatabase } from "./database";
import { expect, expectAccessible, test } from "./fixtures";
import { inviteIn, waitForMail } from "./mailbox";
import { bookAndConfirm, founder, mentorFor } from "./support/founders";

const statusOf = (founderEmail: string) =>
  queryE2eDatabase<{ status: string }>(`SELECT "status" FROM "Booking" WHERE "founderEmail" = ?`, founderEmail)[0]!.status;

test("a founder's reminder survives a mail scanner, and its \"I can't make it\" cancels, tells the volunteer and frees the time", async ({
  page,
  request,
}, testInfo) => {
  const mentor = mentorFor(testInfo, 6);
  const details = founder(testInfo);
  const chosen = await bookAndConfirm(page, mentor.slug, details);

  confirmedLongAgo(details.email);
  const reminder = await waitForMail(details.email, /^Reminder: your session with/);
  await waitForMail(mentor.email, /^Reminder: session with/);
  expect(reminder.text).toContain("I can't make it:");
  const invite = new ICAL.Component(ICAL.parse(inviteIn(reminder)));
  expect(new ICAL.Event(invite.getFirstSubcomponent("vevent")!).startDate.toJSDate().toISOString()).toBe(chosen.start);

  // A scanner follows every link in the message, with GET and HEAD: nothing changes.
  const links = [...new Set([...(reminder.text ?? "").matchAll(/https?:\/\/\S+/g)].map(([url]) => url))];
  const ours = links.filter((url) => url.startsWith(testInfo.project.use.baseURL ?? "http://127.0.0.1"));
  expect(ours.length).toBeGreaterThanOrEqual(2);
  for (const url of ours) {
    expect((await request.get(url)).status()).toBeLessThan(500);
    expect((await request.head(url)).status()).toBeLessThan(500);
  }
  expect(statusOf(details.email)).toBe("confirmed");

  const cantMakeIt = /I can't make it:\n(\S+)/.exec(reminder.text ?? "")![1]!;
  await page.goto(cantMakeIt);
  await expect(page.getByRole("heading", { name: "Can't make it?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /I can't make it/ }).click();
  await expect(page.getByRole("status")).toContainText("Your session is cancelled");
  await expect(page.getByRole("link", { name: `Choose another time with ${mentor.displayName}` })).toBeVisible();
  expect(statusOf(details.email)).toBe("cancelled_by_founder");

  const toMentor = await waitForMail(mentor.email, /^Cancelled:/);
  expect(new ICAL.Component(ICAL.parse(inviteIn(toMentor))).getFirstPropertyValue("method")).toBe("CANCEL");
  await page.getByRole("link", { name: `Choose another time with ${mentor.displayName}` }).click();
  await expect(page.locator(`a.slot time[datetime="${chosen.start}"]`)).toHaveCount(1);
});
