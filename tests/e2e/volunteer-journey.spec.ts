import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { confirmedLongAgo } from "./database";
import { E2E_DATABASE_URL } from "./env";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { inviteIn, linkIn, waitForMail } from "./mailbox";
import { BookingPage } from "./pages/booking-page";
import { applyToVolunteer, signInLinkIn } from "./pages/join-page";
import { MentorPage } from "./pages/mentor-page";

const root = path.resolve(import.meta.dirname, "../..");
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

async function apply(page: Page, email: string, name: string) {
  await applyToVolunteer(page, {
    email,
    name,
    headline: "Founder member of a Tokyo software co-op",
    about: "We formed under Japan's 2022 worker co-operative law; happy to talk money and rules.",
    topic: "Finance & funding",
    language: "Japanese",
    zone: "Asia/Tokyo",
    country: "Japan",
  });
  const mail = await waitForMail(email, /Thank you for volunteering/);
  await page.goto(signInLinkIn(mail.text));
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a volunteer in Tokyo sets hours, a founder in London books them, the volunteer cancels and the founder hears", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const email = `kenji-${tag}@example.org`;
  const name = `Kenji ${testInfo.project.name === "phone" ? "Phone" : "Desk"} Sato`;
  await apply(page, email, name);
  await expect(page.getByRole("heading", { name: /^Hello, Kenji/ })).toBeVisible();

  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/approve-volunteer.ts", email], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
  });
  await page.reload();
  const publicLink = page.getByRole("link", { name: "See your public page" });
  await expect(publicLink).toBeVisible();
  const slug = (await publicLink.getAttribute("href"))!.split("/").at(-1)!;
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Volunteer" }).getByRole("link", { name: "Availability" }).click();
  await expect(page.getByText(/Asia\/Tokyo/).first()).toBeVisible();
  for (const day of WEEKDAYS) {
    await page.getByLabel(`From (${day}, range 1)`).fill("18:00");
    await page.getByLabel(`To (${day}, range 1)`).fill("20:00");
  }
  await page.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /weekly hours are saved/i })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  for (const path of ["/volunteer/profile", "/volunteer/sessions"]) {
    await page.goto(path);
    await expectAccessible(page);
  }

  const founderContext = await browser.newContext({ baseURL, timezoneId: "Europe/London" });
  const founder = await founderContext.newPage();
  const profile = new MentorPage(founder);
  await profile.goto(slug);
  await expect(founder).toHaveURL(/\/times\/Europe\/London$/);
  const labels = await profile.slots().evaluateAll((slots) => slots.map((slot) => slot.getAttribute("aria-label") ?? ""));
  expect(labels.length).toBeGreaterThan(5);
  // 18:00–19:00 in Tokyo (UTC+9, no DST) is 09:00–10:00 in London until the clocks change in March.
  for (const label of labels.filter((text) => !/March|April|May|June|July|August|September|October/.test(text))) {
    expect(label).toContain("09:00–10:00");
  }
  const chosen = await profile.chooseFirstSlot();
  const booking = new BookingPage(founder);
  const founderEmail = `founder-${tag}@example.com`;
  await booking.fill({
    name: "Grace Ndlovu",
    email: founderEmail,
    country: "United Kingdom",
    stage: "Just an idea",
    message: "How do we pay ourselves fairly in year one?",
  });
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  const request = await waitForMail(founderEmail, /^Please confirm/);
  await founder.goto(linkIn(request, "/bookings/confirm/"));
  await founder.getByRole("button", { name: "Confirm my session" }).click();
  await expect(founder.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();
  await waitForMail(email, /^New session with Grace/);

  // The volunteer's reminder: its "I can't make it" opens the sessions page with this session's cancel form open.
  confirmedLongAgo(founderEmail);
  const reminder = await waitForMail(email, /^Reminder: session with Grace/);
  await page.goto(/I can't make it:\n(\S+)/.exec(reminder.text ?? "")![1]!);
  await expect(page.getByRole("heading", { name: /Grace Ndlovu/ })).toBeVisible();
  await expect(page.getByText("How do we pay ourselves fairly in year one?")).toBeVisible();
  await page.getByLabel("Why are you cancelling?").fill("I have to travel that week, sorry.");
  await page.getByRole("button", { name: "Cancel the session with Grace Ndlovu" }).click();
  await expect(page.getByText(/cancelled/i).first()).toBeVisible();

  const cancellation = await waitForMail(founderEmail, /^Cancelled:/);
  expect(cancellation.text).toContain("I have to travel that week, sorry.");
  expect(cancellation.text).toContain("/mentors");
  const event = new ICAL.Component(ICAL.parse(inviteIn(cancellation)));
  expect(event.getFirstPropertyValue("method")).toBe("CANCEL");
  expect(new ICAL.Event(event.getFirstSubcomponent("vevent")!).startDate.toJSDate().toISOString()).toBe(chosen.start);
  await founderContext.close();
});
