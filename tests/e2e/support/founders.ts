import { expect, type Page, type TestInfo } from "@playwright/test";
import { DEMO_MENTORS } from "../../../prisma/demo-data";
import { linkIn, waitForMail } from "../mailbox";
import { BookingPage, type FounderDetails } from "../pages/booking-page";
import { MentorPage } from "../pages/mentor-page";

const approved = DEMO_MENTORS.filter((mentor) => mentor.status === "approved");

/**
 * Each test and browser project books a different mentor, so parallel runs never
 * race each other: founder-journey.spec.ts uses 0–5, reminders.spec.ts 6, feedback.spec.ts 7.
 */
export function mentorFor(testInfo: TestInfo, test: number) {
  return approved[(test * 2 + (testInfo.project.name === "phone" ? 1 : 0)) % approved.length]!;
}

export function founder(testInfo: TestInfo): FounderDetails {
  return {
    name: "Ada Okafor",
    email: `ada-${testInfo.project.name}-${testInfo.testId}-${Date.now()}@example.com`,
    country: "Nigeria",
    stage: "Forming a group",
    message: "Five of us are leaving a delivery app to start a courier co-op. How should we share decisions?",
  };
}

/** Books the mentor's first free time through the pages and confirms it from the emailed link, as a founder would. */
export async function bookAndConfirm(page: Page, mentorSlug: string, details: FounderDetails) {
  const profile = new MentorPage(page);
  await profile.goto(mentorSlug);
  const chosen = await profile.chooseFirstSlot();
  const booking = new BookingPage(page);
  await booking.fill(details);
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const confirmation = await waitForMail(details.email, /^Please confirm/);
  await page.goto(linkIn(confirmation, "/bookings/confirm/"));
  await page.getByRole("button", { name: "Confirm my session" }).click();
  await expect(page.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();
  return chosen;
}
