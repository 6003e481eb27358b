import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";
import { bookAndConfirm, founder, mentorFor } from "./support/founders";

// The pages a founder sees after booking, in Spanish and Japanese.

test("the privacy page speaks Spanish and Japanese, with the retention figures in words", async ({ page }) => {
  await page.goto("/es/privacy");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tus datos, en palabras sencillas");
  await expect(page.getByRole("main")).toContainText("días después de la sesión");
  await expect(page.getByRole("main").getByRole("link", { name: "pide un enlace a tus datos" })).toHaveAttribute("href", "/es/my-data");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.goto("/ja/privacy");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("あなたのデータについて、わかりやすく");
  await expect(page.getByRole("heading", { level: 2, name: "保存する期間" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("My data refuses a bad address in Japanese", async ({ page }) => {
  await page.goto("/ja/my-data");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("マイデータ");
  await page.getByLabel("メールアドレス").fill("not-an-address");
  await page.waitForTimeout(2_500);
  await page.getByRole("button", { name: "リンクを送ってもらう" }).click();
  await expect(page.getByRole("main")).toContainText("name@example.org のような形式で");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("a founder manages their session and opens their data in Spanish, from link to data", async ({ page }, testInfo) => {
  const mentor = mentorFor(testInfo, 11);
  const details = { ...founder(testInfo), name: `Ada Idiomas ${testInfo.project.name} ${Date.now().toString(36)}` };
  await bookAndConfirm(page, mentor.slug, details);

  const confirmed = await waitForMail(details.email, /^Confirmed/);
  const manage = new URL(linkIn(confirmed, "/bookings/manage/"));
  await page.goto(`/es${manage.pathname}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tu sesión con ${mentor.displayName}`);
  await expect(page.getByRole("heading", { level: 2, name: "Cambiar a otro horario" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancelar mi sesión" })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/es/my-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mis datos");
  await page.getByLabel("Tu correo electrónico").fill(details.email);
  await page.waitForTimeout(2_500);
  await page.getByRole("button", { name: "Envíame el enlace" }).click();
  await expect(page).toHaveURL(/\/es\/my-data\/check-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisa tu correo");

  // Its subject is the mail templates' to word: the link in it is what this page decides.
  const mail = await waitForMail(details.email, /data|datos|データ/i);
  const link = linkIn(mail, "/es/my-data/open/");
  await page.goto(link);
  await page.getByRole("button", { name: "Ver mis datos" }).click();
  await expect(page).toHaveURL(/\/es\/my-data\/view$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tus datos");
  await expect(page.getByRole("main")).toContainText(details.email);
  await expect(page.getByRole("heading", { level: 2, name: "Borrar mis datos" })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
