import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { waitForMail } from "../mailbox";

// The email is in the account's own language, whatever the sign-in page's: any language's subject will do.
const messagesDir = path.resolve(import.meta.dirname, "../../../lib/i18n/messages");
const subjects = readdirSync(messagesDir).map(
  (file) =>
    (JSON.parse(readFileSync(path.join(messagesDir, file), "utf8")) as { email: { account: { signIn: { subject: string } } } }).email.account.signIn.subject,
);
const signInSubject = new RegExp(`^(${subjects.map((subject) => subject.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("|")})$`);

/** Signs in through the real emailed link, as a person would. */
export async function signIn(page: Page, email: string, next = "/volunteer") {
  const since = Date.now();
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(email, signInSubject, 20_000, since);
  await page.goto(/https?:\/\/\S+\/signin\/verify\?\S+/.exec(mail.text ?? "")![0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}
