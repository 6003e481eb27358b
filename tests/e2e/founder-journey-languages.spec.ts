import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { createTranslator, type Messages } from "next-intl";
import type { Locale } from "../../lib/i18n/languages";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { inviteIn, linkIn, waitForMail } from "./mailbox";

// The founder's journey in another language, end to end: their browser asks for
// it, the directory puts mentors who speak it first, the booking form, the email
// and the invite are all in it. Expected words come from the messages files, so
// the test follows the translations rather than copying them.

const messagesOf = (locale: Locale): Messages =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/i18n/messages", `${locale}.json`), "utf8")) as Messages;

const journeys: { locale: Locale; messages: Messages; acceptLanguage: string; zone: string; founder: string; country: string }[] = [
  { locale: "es", messages: messagesOf("es"), acceptLanguage: "es-AR", zone: "America/Argentina/Buenos_Aires", founder: "Lucía Benítez", country: "AR" },
  { locale: "ja", messages: messagesOf("ja"), acceptLanguage: "ja-JP", zone: "Asia/Tokyo", founder: "山田 花子", country: "JP" },
];

/** A subject message as a pattern: its arguments match anything. */
function pattern(message: string): RegExp {
  const parts = message.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

for (const journey of journeys) {
  test.describe(`a founder who reads ${journey.locale}`, () => {
    test.use({ locale: journey.acceptLanguage, timezoneId: journey.zone });

    test("finds a mentor who speaks their language, books, confirms by email and gets an invite in it", async ({ page }, testInfo) => {
      const t = createTranslator({ locale: journey.locale, messages: journey.messages });
      const raw = (key: string) => t.raw(key as never) as string;
      const email = `journey-${journey.locale}-${testInfo.project.name}-${Date.now()}@example.com`;

      // Their browser's language decides the first page.
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${journey.locale}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", journey.locale);
      await page
        .getByRole("link", { name: t("home.findMentor") })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/${journey.locale}/mentors`));
      await expect(page.getByRole("heading", { level: 1, name: t("directory.title") })).toBeVisible();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      // Mentors who speak it come first; each card says so.
      const first = page.locator("article.mentor-card").first();
      const spoken = new Intl.DisplayNames([journey.locale], { type: "language" }).of(journey.locale)!;
      await expect(first).toContainText(spoken);
      await first.getByRole("heading").getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${journey.locale}/mentors/`));
      const mentor = (await page.locator("#mentor-name").evaluate((heading) => heading.firstChild?.textContent ?? "")).trim();

      // A slot a little down the list, so parallel tests on this mentor's first times do not collide.
      const slots = page.locator("a.slot");
      const slot = slots.nth(testInfo.project.name === "phone" ? 5 : 4);
      const start = (await slot.locator("time").getAttribute("datetime"))!;
      await slot.click();
      await expect(page).toHaveURL(new RegExp(`/${journey.locale}/mentors/.+/book`));
      await expect(page.getByRole("heading", { level: 1, name: t("booking.page.title") })).toBeVisible();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      const form = page.locator("form.form");
      await form.getByLabel(t("booking.form.name")).fill(journey.founder);
      await form.getByLabel(t("booking.form.email"), { exact: true }).fill(email);
      await form.getByLabel(t("booking.form.country")).selectOption(journey.country);
      await form.getByRole("radio", { name: t("coopStages.label.forming_group") }).check();
      await form.getByLabel(t("booking.form.message")).fill("Somos cinco / 五人です: how do we share decisions?");
      await form.getByRole("checkbox", { name: t("booking.form.consent") }).check();
      // The server refuses forms sent faster than a person could fill them in.
      await page.waitForTimeout(4_500);
      await form.getByRole("button", { name: t("booking.form.submit") }).click();
      await expect(page).toHaveURL(new RegExp(`/${journey.locale}/bookings/requested`));
      await expect(page.getByRole("heading", { level: 1, name: t("bookingRequested.title") })).toBeVisible();

      // The confirmation email is in their language, and its link opens their language's page.
      const request = await waitForMail(email, pattern(raw("email.booking.confirm.subject")));
      expect(request.html).toContain(`lang="${journey.locale}"`);
      expect(request.text).toContain(t("email.booking.confirm.asked", { mentor }));
      await page.goto(linkIn(request, `/${journey.locale}/bookings/confirm/`));
      await expect(page.locator("html")).toHaveAttribute("lang", journey.locale);
      await expect(page.getByRole("heading", { level: 1, name: t("confirmBooking.openTitle") })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("button", { name: t("confirmBooking.confirm") }).click();
      await expect(page.getByRole("heading", { level: 1, name: t("confirmBooking.confirmedTitle") })).toBeVisible();

      // The invite: the founder's language in its summary, the chosen time in UTC.
      const confirmed = await waitForMail(email, pattern(raw("email.booking.confirmedFounder.subject")));
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(inviteIn(confirmed))).getFirstSubcomponent("vevent")!);
      expect(event.summary).toBe(t("invite.title", { mentor, founder: journey.founder }));
      expect(event.description).toContain(t("invite.founderLink", { url: "" }).trim());
      expect(event.description).toContain(`/${journey.locale}/bookings/manage/`);
      expect(event.startDate.toJSDate().toISOString()).toBe(start);
    });
  });
}
