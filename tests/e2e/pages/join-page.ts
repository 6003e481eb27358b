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
  const typed: [string, string][] = [
    ["Email", applicant.email],
    ["Your name", applicant.name],
    ["Headline", applicant.headline],
    ["About you", applicant.about],
  ];
  for (const [label, value] of typed) await page.getByLabel(label).fill(value);
  await page.getByRole("checkbox", { name: applicant.topic }).check();
  await page.getByRole("checkbox", { name: applicant.language }).check();
  await page.getByLabel("Your time zone").selectOption(applicant.zone);
  await page.getByLabel("Country").selectOption({ label: applicant.country });
  await page.getByLabel("Why would you like to help?").fill("Someone helped us when we started; I want to pass it on.");
  // On a slow phone the first field can be typed into before the form has hydrated, which empties it again.
  for (const [label, value] of typed) {
    const field = page.getByLabel(label);
    if ((await field.inputValue()) !== value) await field.fill(value);
  }
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
}

export function signInLinkIn(text: string | undefined): string {
  const match = /https?:\/\/\S+\/signin\/verify\?\S+/.exec(text ?? "");
  if (!match) throw new Error(`no sign-in link in:\n${text}`);
  return match[0];
}
