import { createServer, type Server } from "node:http";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { applyToVolunteer, signInLinkIn } from "./pages/join-page";
import { startRadicale } from "../support/radicale";

const state = { body: "" };
let server: Server;
let feedUrl = "";

function calendar(summary: string) {
  const start = new Date(Date.now() + 3 * 86_400_000)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//e2e//EN",
    "BEGIN:VEVENT",
    "UID:e2e-1",
    `DTSTAMP:${start}`,
    `SUMMARY:${summary}`,
    `DTSTART:${start}`,
    "DURATION:PT1H",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

test.beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/calendar" }).end(state.body));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/private/secret-token-kq81z.ics`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function signIn(page: Page, email: string) {
  await applyToVolunteer(page, {
    email,
    name: "Mira Calendar",
    headline: "Treasurer of a bakery co-op",
    about: "Ten years of co-op bookkeeping.",
    topic: "Finance & funding",
    language: "English",
    zone: "Europe/Berlin",
    country: "Germany",
  });
  const mail = await waitForMail(email, /Thank you for volunteering/);
  await page.goto(signInLinkIn(mail.text));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Hello, Mira/ })).toBeVisible();
}

test("a volunteer connects a secret calendar address, sees its status, refreshes it, sees an error, and removes it, all without JavaScript", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const signedIn = await browser.newPage();
  await signIn(signedIn, `mira-${testInfo.project.name}-${Date.now()}@example.org`);
  const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  await signedIn.close();
  const page = await context.newPage();

  await page.goto("/volunteer");
  await page.getByRole("navigation", { name: "Volunteer" }).getByRole("link", { name: "Calendars" }).click();
  await expect(page.getByRole("heading", { name: "Your calendars" })).toBeVisible();
  await expect(page.getByText("No calendars connected yet.")).toBeVisible();

  // A refused address says why, under the field.
  const feedForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Connect address" }) });
  await feedForm.getByLabel("Name").fill("Work");
  await feedForm.getByLabel("Secret address (.ics)").fill("ftp://example.org/cal.ics");
  await feedForm.getByRole("button", { name: "Connect address" }).click();
  await expect(page.getByText("Enter the full address, starting with https:// or webcal://.")).toBeVisible();

  state.body = calendar("Bakery rota");
  await feedForm.getByLabel("Name").fill("Work");
  await feedForm.getByLabel("Secret address (.ics)").fill(feedUrl);
  await feedForm.getByRole("button", { name: "Connect address" }).click();
  await expect(page.getByText(/Calendar connected\. Times it shows you busy/)).toBeVisible();
  await page.goto("/volunteer/calendars");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Work" }) });
  await expect(item.getByText(/^Last read /)).toBeVisible();
  await expect(item.getByText(/Secret address: http:\/\/127\.0\.0\.1:\d+\/…\.ics/)).toBeVisible();
  expect(await page.content()).not.toContain("secret-token-kq81z");
  // axe runs in the page, so the page is checked again with JavaScript on.
  const checked = await browser.newContext({ ...testInfo.project.use, storageState: await context.storageState() });
  const scripted = await checked.newPage();
  await scripted.goto("/volunteer/calendars");
  await expectAccessible(scripted);
  await expectNoHorizontalScroll(scripted);
  await checked.close();

  await item.getByRole("button", { name: "Refresh now Work" }).click();
  await expect(page.getByText("Calendar read. Your free times are up to date.")).toBeVisible();

  state.body = "<html>Please sign in</html>";
  await page.getByRole("button", { name: "Refresh now Work" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The calendar could not be read" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /The last read failed: not an iCalendar file/ })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Its busy times stay as last read." })).toBeVisible();

  await page.getByRole("button", { name: "Remove Work" }).click();
  await expect(page.getByText("Calendar removed.")).toBeVisible();
  await expect(page.getByText("No calendars connected yet.")).toBeVisible();
  await context.close();
});

test("a volunteer connects a CalDAV account, and unticks a calendar that should not count as busy, without JavaScript", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const radicale = await startRadicale({ mira: "app-password-e2e" });
  try {
    await radicale.createCalendar("mira", "work", "Work");
    await radicale.createCalendar("mira", "family", "Family");
    await radicale.putEvent("mira", "family", "party", calendar("Birthday"));
    const signedIn = await browser.newPage();
    await signIn(signedIn, `mira-dav-${testInfo.project.name}-${Date.now()}@example.org`);
    const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
    await signedIn.close();
    const page = await context.newPage();
    await page.goto("/volunteer/calendars");

    const davForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Find calendars" }) });
    await davForm.getByLabel("Name", { exact: true }).fill("Radicale");
    await davForm.getByLabel("Server address").fill(radicale.url);
    await davForm.getByLabel("User name").fill("mira");
    await davForm.getByLabel("App password").fill("wrong-password");
    await davForm.getByRole("button", { name: "Find calendars" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Could not connect: the CalDAV server did not accept this user and app password." })).toBeVisible();
    expect(await page.content()).not.toContain("wrong-password");

    await davForm.getByLabel("App password").fill("app-password-e2e");
    await davForm.getByRole("button", { name: "Find calendars" }).click();
    await expect(page.getByText(/^Calendar connected\. Times it shows you busy.*Found: (Family, Work|Work, Family)\./)).toBeVisible();
    await page.goto("/volunteer/calendars");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Radicale" }) });
    await expect(item.getByText(/CalDAV account: mira at 127\.0\.0\.1:\d+/)).toBeVisible();
    await expect(item.getByText(/^Last read [^.]+\.$/)).toBeVisible();
    await expect(item.getByRole("checkbox", { name: "Work" })).toBeChecked();
    await expect(item.getByRole("checkbox", { name: "Family" })).toBeChecked();
    expect(await page.content()).not.toContain("app-password-e2e");

    await item.getByRole("checkbox", { name: "Family" }).uncheck();
    await item.getByRole("button", { name: "Save choice" }).click();
    await expect(page.getByText("Saved: only the ticked calendars count as busy.")).toBeVisible();
    const saved = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Radicale" }) });
    await expect(saved.getByRole("checkbox", { name: "Family" })).not.toBeChecked();
    await expect(saved.getByRole("checkbox", { name: "Work" })).toBeChecked();
    await context.close();
  } finally {
    await radicale.stop();
  }
});
