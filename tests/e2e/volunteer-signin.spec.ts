import { expect, expectAccessible, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { applyToVolunteer, signInLinkIn } from "./pages/join-page";

test("a new volunteer applies, signs in with the emailed link, and the link works only once", async ({ page, context }, testInfo) => {
  const email = `volunteer-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto("/join");
  await expectAccessible(page);
  await applyToVolunteer(page, {
    email,
    name: "Noor Haddad",
    headline: "Ten years in a design co-op in Amman",
    about: "I helped write our co-op's rules and still facilitate our general meetings.",
    topic: "Governance & decision-making",
    language: "Arabic",
    zone: "Asia/Amman",
    country: "Jordan",
  });

  const mail = await waitForMail(email, /Thank you for volunteering/);
  const link = signInLinkIn(mail.text);
  await page.goto(link);
  await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Noor" })).toBeVisible();
  await expect(page.getByText("Your application is waiting for an organiser")).toBeVisible();
  await expectAccessible(page);

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/volunteer");
  await expect(page).toHaveURL(/\/signin\?next=%2Fvolunteer/);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
});

test("asking for a sign-in link says the same for unknown addresses and sends nothing", async ({ page }, testInfo) => {
  const email = `nobody-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(waitForMail(email, undefined, 3_000)).rejects.toThrow(/no mail/);
});

test("volunteer and organiser pages send visitors who are not signed in to sign in, and back to the same page after", async ({ page }) => {
  // The last is the volunteer's reminder's "I can't make it", whose session must still be open after signing in.
  for (const path of ["/volunteer", "/volunteer/profile", "/volunteer/availability", "/organiser/stats", "/volunteer/sessions?cancel=b1"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?next=/);
    expect(new URL(page.url()).searchParams.get("next")).toBe(path);
  }
});
