import type { TestInfo } from "@playwright/test";
import { DEMO_MENTORS } from "../../../prisma/demo-data";
import type { FounderDetails } from "../pages/booking-page";

const approved = DEMO_MENTORS.filter((mentor) => mentor.status === "approved");

/**
 * Each test and browser project books a different mentor, so parallel runs never
 * race each other: founder-journey.spec.ts uses 0–5, reminders.spec.ts 6.
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
