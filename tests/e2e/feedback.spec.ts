import { createE2eOrganiser, queryE2eDatabase, sessionEnded } from "./database";
import { expect, expectAccessible, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { signIn } from "./pages/sign-in";
import { bookAndConfirm, founder, mentorFor } from "./support/founders";

const sessionOf = (founderEmail: string) =>
  queryE2eDatabase<{ status: string; feedback: number }>(
    `SELECT b."status", (SELECT COUNT(*) FROM "SessionFeedback" f WHERE f."bookingId" = b."id") AS "feedback" FROM "Booking" b WHERE b."founderEmail" = ?`,
    founderEmail,
  )[0]!;

/** Every link to the app in a message: the text part's, and the HTML part's (which has one per score). */
const linksIn = (mail: { text?: string; html?: string | false }, baseURL: string) => {
  const inText = [...(mail.text ?? "").matchAll(/https?:\/\/\S+/g)].map(([url]) => url);
  const inHtml = [...(mail.html || "").matchAll(/href="([^"]+)"/g)].map(([, url]) => url!.replace(/&amp;/g, "&"));
  return [...new Set([...inText, ...inHtml])].filter((url) => url.startsWith(baseURL));
};

test("after a session, the volunteer says it took place and the founder's feedback reaches the stats, then a follow-up form comes filled in", async ({
  page,
  request,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL ?? "http://127.0.0.1";
  const mentor = mentorFor(testInfo, 7);
  const details = founder(testInfo);
  await bookAndConfirm(page, mentor.slug, details);
  sessionEnded(details.email, 3);

  const toFounder = await waitForMail(details.email, /^How was your session with/);
  const toMentor = await waitForMail(mentor.email, new RegExp(`^Did your session with ${details.name} take place\\?`));

  // A scanner follows every link in both messages, with GET and HEAD: nothing is recorded.
  const links = [...linksIn(toFounder, baseURL), ...linksIn(toMentor, baseURL)];
  expect(links.filter((url) => url.includes("/feedback?useful=")).length).toBe(5);
  for (const url of links) {
    expect((await request.get(url)).status()).toBeLessThan(500);
    expect((await request.head(url)).status()).toBeLessThan(500);
  }
  expect(sessionOf(details.email)).toEqual({ status: "confirmed", feedback: 0 });

  // The volunteer answers from their email, without signing in.
  await page.goto(/Yes, it took place:\n(\S+)/.exec(toMentor.text ?? "")![1]!);
  await expect(page.getByRole("heading", { name: `Your session with ${details.name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, it took place" }).click();
  await expect(page.getByRole("status")).toContainText("recorded as held");
  expect(sessionOf(details.email).status).toBe("held");

  // The founder picks a score in the email and lands on the form with it chosen.
  await page.goto(links.find((url) => url.endsWith("/feedback?useful=4"))!);
  await expect(page.getByRole("heading", { name: "How did it go?" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^4 –/ })).toBeChecked();
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please check the answers marked below." })).toBeVisible();
  await expect(page.getByText("Please tell us what happens next.")).toBeVisible();
  await page.getByRole("radio", { name: "We'd like another session" }).check();
  await page.getByLabel(/Anything you would like to tell/).fill("Thank you: we now know how to split the surplus.");
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you");
  await expect(page.getByText("We'd like another session")).toBeVisible();
  await expectAccessible(page);
  expect(sessionOf(details.email).feedback).toBe(1);

  // A follow-up with the same volunteer: the form is filled in, nothing is booked until the founder sends it.
  const followUp = page.getByRole("group", { name: new RegExp(`Next free times with ${mentor.displayName}`) });
  await followUp.getByRole("radio").first().check();
  await page.getByRole("button", { name: `Book a follow-up with ${mentor.displayName}` }).click();
  await expect(page.getByRole("heading", { name: "Book your session" })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue(details.name);
  await expect(page.getByLabel("Email")).toHaveValue(details.email);
  expect(queryE2eDatabase<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Booking" WHERE "founderEmail" = ?`, details.email)[0]!.n).toBe(1);

  // The organiser sees the answer counted, without the founder's words.
  await page.context().clearCookies();
  const organiser = `organiser-${testInfo.project.name}-${Date.now()}@example.org`;
  createE2eOrganiser(organiser);
  await signIn(page, organiser, "/organiser");
  await page.goto("/organiser/stats");
  await expect(page.getByRole("heading", { name: "After the sessions" })).toBeVisible();
  await page.getByText("Show “What founders said happens next” as a table").click();
  const row = page.getByRole("row", { name: /We'd like another session/ });
  await expect(row).toBeVisible();
  expect(Number((await row.getByRole("cell").last().textContent())?.trim())).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("main")).not.toContainText("split the surplus");
});
