import type { Page, TestInfo } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { inviteIn, linkIn, waitForMail } from "./mailbox";
import { BookingPage } from "./pages/booking-page";
import { MentorPage } from "./pages/mentor-page";
import { founder, mentorFor } from "./support/founders";

const zone = "America/New_York";
const inZone = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));

test.describe("a founder in New York", () => {
  test.use({ timezoneId: zone });

  test("books a slot shown in their own zone, confirms by email and gets a matching invite", async ({ page }, testInfo) => {
    const mentor = mentorFor(testInfo, 0);
    const details = founder(testInfo);
    const profile = new MentorPage(page);
    await profile.goto(mentor.slug);
    await expect(page).toHaveURL(new RegExp(`/mentors/${mentor.slug}/times/${zone}$`));
    await expect(profile.zoneNote()).toContainText("America/New York (GMT-5)");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    const chosen = await profile.chooseFirstSlot();
    expect(chosen.label).toContain(inZone(chosen.start).split(" at ")[0]!.split(",")[0]!);
    const booking = new BookingPage(page);
    await expect(booking.heading()).toBeVisible();
    await expect(page.getByText("America/New York (GMT-5)")).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await booking.fill(details);
    await booking.waitLikeAPerson(4_500);
    await booking.submit();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expectAccessible(page);

    const request = await waitForMail(details.email, /^Please confirm/);
    await page.goto(linkIn(request, "/bookings/confirm/"));
    await expect(page.getByRole("heading", { name: "Confirm your session" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm my session" }).click();
    await expect(page.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();

    const invite = await waitForMail(details.email, /^Confirmed:/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(inviteIn(invite))).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe(chosen.start);
    const shownOnPage = await page.locator("dd time").first().textContent();
    const hours = inZone(chosen.start).slice(-5);
    expect(shownOnPage).toContain(hours);
    const toMentor = await waitForMail(mentor.email, /^New session with/);
    expect(toMentor.text).toContain(details.message);
  });
});

test("a founder cancels from the link in their email and both people are told", async ({ page }, testInfo) => {
  const mentor = mentorFor(testInfo, 1);
  const details = founder(testInfo);
  await new MentorPage(page).goto(mentor.slug);
  await new MentorPage(page).chooseFirstSlot();
  const booking = new BookingPage(page);
  await booking.fill(details);
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const request = await waitForMail(details.email, /^Please confirm/);
  await page.goto(linkIn(request, "/bookings/confirm/"));
  await page.getByRole("button", { name: "Confirm my session" }).click();
  await expect(page.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();

  await page.goto(linkIn(request, "/bookings/manage/"));
  await expectAccessible(page);
  await page.getByLabel(/Reason/).fill("We found an answer in the meantime.");
  await page.getByRole("button", { name: "Cancel my session" }).click();
  await expect(page.getByRole("status")).toContainText("cancelled");
  const cancellation = await waitForMail(details.email, /^Cancelled:/);
  const calendar = new ICAL.Component(ICAL.parse(inviteIn(cancellation)));
  expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
  expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("sequence")).toBe(1);
  const toMentor = await waitForMail(mentor.email, /^Cancelled:/);
  expect(toMentor.text).toContain("We found an answer in the meantime.");
});

test("the form keeps what was typed and explains each mistake", async ({ page }, testInfo) => {
  const mentor = mentorFor(testInfo, 2);
  await new MentorPage(page).goto(mentor.slug);
  await new MentorPage(page).chooseFirstSlot();
  const booking = new BookingPage(page);
  await page.getByLabel("Your name").fill("Grace");
  await page.getByLabel("Email").fill("not-an-email");
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  await expect(booking.alert()).toContainText("Please correct the fields marked below.");
  await expect(page.getByLabel("Your name")).toHaveValue("Grace");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toContainText("email address like");
  await expect(page.locator("#country-error")).toContainText("choose your country");
  await expect(page.locator("#consent-error")).toContainText("Please agree");
  await expectAccessible(page);
});

/** A founder's form filled in as a person would, ready for a script to tamper with before it is sent. */
async function filledBookingForm(page: Page, testInfo: TestInfo) {
  const details = founder(testInfo);
  const mentor = new MentorPage(page);
  await mentor.goto(mentorFor(testInfo, 3).slug);
  await mentor.chooseFirstSlot();
  const booking = new BookingPage(page);
  await booking.fill(details);
  await booking.waitLikeAPerson(4_500);
  return { booking, details };
}

test("proof of work: a forged proof is turned away and books nothing", async ({ page }, testInfo) => {
  const { booking, details } = await filledBookingForm(page, testInfo);
  // Replaces the browser's answer once it is ready, as a script that skips the work would send it.
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("");
  await page.locator("input[name=altcha]").evaluate((input: HTMLInputElement) => (input.value = "forged"));
  await booking.submit();
  await expect(booking.alert()).toContainText("Your browser's check did not go through.");
  await expect(waitForMail(details.email, undefined, 3_000)).rejects.toThrow(/no mail/);
});

test("form token: a form Candle did not render is turned away and books nothing", async ({ page }, testInfo) => {
  const { booking, details } = await filledBookingForm(page, testInfo);
  await page.locator("input[name=formToken]").evaluate((input: HTMLInputElement) => (input.value = "forged"));
  await booking.submit();
  await expect(booking.alert()).toContainText("This form could not be verified.");
  await expect(waitForMail(details.email, undefined, 3_000)).rejects.toThrow(/no mail/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a founder can still choose a zone, ask for a time and confirm it (the first to confirm gets it)", async ({ page }, testInfo) => {
    const mentor = mentorFor(testInfo, 4);
    const details = founder(testInfo);
    const profile = new MentorPage(page);
    await profile.goto(mentor.slug);
    await expect(profile.zoneNote()).toContainText("UTC");
    await page.getByRole("link", { name: "Change time zone" }).click();
    await page.getByLabel("Show times in").selectOption("Asia/Kolkata");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`/mentors/${mentor.slug}/times/Asia/Kolkata$`));
    await expect(profile.zoneNote()).toContainText("Asia/Kolkata (GMT+5:30)");

    await profile.chooseFirstSlot();
    const booking = new BookingPage(page);
    await expect(booking.heading()).toBeVisible();
    await booking.fill(details);
    await booking.waitLikeAPerson(10_500);
    await booking.submit();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const request = await waitForMail(details.email, /^Please confirm/);
    expect(request.text).toContain("Asia/Kolkata");
    await page.goto(linkIn(request, "/bookings/confirm/"));
    await page.getByRole("button", { name: "Confirm my session" }).click();
    await expect(page.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();
  });
});

test("two founders pick the same time: one gets it, the other is offered other times and keeps what they typed", async ({ browser, baseURL }, testInfo) => {
  const mentor = mentorFor(testInfo, 5);
  const [first, second] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  const [pageA, pageB] = await Promise.all([first.newPage(), second.newPage()]);
  await new MentorPage(pageA).goto(mentor.slug);
  const chosen = await new MentorPage(pageA).chooseFirstSlot();
  const [bookingA, bookingB] = [new BookingPage(pageA), new BookingPage(pageB)];
  await expect(bookingA.heading()).toBeVisible();
  await pageB.goto(pageA.url());
  const founderA = founder(testInfo);
  const founderB = { ...founder(testInfo), name: "Second Founder", email: `second-${founderA.email}` };
  await bookingA.fill(founderA);
  await bookingB.fill(founderB);
  await bookingA.waitLikeAPerson(4_500);
  await bookingA.submit();
  await expect(pageA.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await bookingB.submit();
  await expect(bookingB.alert()).toContainText("someone has just taken that time");
  await expect(pageB.getByLabel("Your name")).toHaveValue("Second Founder");
  await expect(pageB.getByLabel("What would you like to talk about?")).toHaveValue(founderB.message);
  const alternatives = pageB.getByRole("group", { name: "Choose another time" }).getByRole("radio");
  expect(await alternatives.evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value))).not.toContain(chosen.start);
  await alternatives.first().check();
  await bookingB.submit();
  await expect(pageB.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await first.close();
  await second.close();
});
