import { expect, type Page } from "@playwright/test";
import { waitForMail } from "../mailbox";

/** Signs in through the real emailed link, as a person would. */
export async function signIn(page: Page, email: string, next = "/volunteer") {
  const since = Date.now();
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(email, /sign-in link/, 20_000, since);
  await page.goto(/https?:\/\/\S+\/signin\/verify\?\S+/.exec(mail.text ?? "")![0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}
