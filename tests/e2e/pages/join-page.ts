import { expect, type Page } from "@playwright/test";

export interface Applicant {
  email: string;
  name: string;
  headline: string;
  about: string;
  topic: string;
  language: string;
  zone: string;
  country: string;
}

/** Fills in and sends the volunteer application at /join. */
export async function applyToVolunteer(page: Page, applicant: Applicant) {
  await page.goto("/join");
  await page.getByLabel("Email").fill(applicant.email);
  await page.getByLabel("Your name").fill(applicant.name);
  await page.getByLabel("Headline").fill(applicant.headline);
  await page.getByLabel("About you").fill(applicant.about);
  await page.getByRole("checkbox", { name: applicant.topic }).check();
  await page.getByRole("checkbox", { name: applicant.language }).check();
  await page.getByLabel("Your time zone").selectOption(applicant.zone);
  await page.getByLabel("Country").selectOption({ label: applicant.country });
  await page.getByLabel("Why would you like to help?").fill("Someone helped us when we started; I want to pass it on.");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
}

export function signInLinkIn(text: string | undefined): string {
  const match = /https?:\/\/\S+\/signin\/verify\?\S+/.exec(text ?? "");
  if (!match) throw new Error(`no sign-in link in:\n${text}`);
  return match[0];
}
