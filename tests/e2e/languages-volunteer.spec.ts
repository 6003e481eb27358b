import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { applyToVolunteer, signInLinkIn } from "./pages/join-page";

test("a volunteer who chooses Spanish in their profile gets the whole volunteer area in Spanish, and their hours still save", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const email = `lucia-${testInfo.project.name}-${Date.now()}@example.org`;
  await applyToVolunteer(page, {
    email,
    name: "Lucía Fernández",
    headline: "Twenty years in a Basque worker co-op",
    about: "I helped our co-op through two conversions and a merger; happy to talk governance.",
    topic: "Finance & funding",
    language: "Spanish",
    zone: "Europe/Madrid",
    country: "Spain",
  });
  const mail = await waitForMail(email, /Thank you for volunteering/);
  await page.goto(signInLinkIn(mail.text));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Hello, Lucía/ })).toBeVisible();

  await page.goto("/volunteer/profile");
  const spanish = page.getByRole("radio", { name: "Español" });
  await expect(page.locator('label:has(input[value="es"]) [lang="es"]')).toHaveText("Español");
  await spanish.check();
  await page.getByLabel("Headline in Japanese").fill("バスクの労働者協同組合で20年");
  await page.getByLabel("About you in Japanese").fill("二度の事業転換と合併を組合で経験しました。ガバナンスの相談に乗れます。");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tu perfil está guardado" })).toBeVisible();

  await page.goto("/volunteer");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const nav = page.getByRole("navigation", { name: "Persona voluntaria" });
  await expect(nav.getByRole("link", { name: "Perfil" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Hola, Lucía/ })).toBeVisible();

  await nav.getByRole("link", { name: "Perfil" }).click();
  await expect(page.getByRole("heading", { name: "Tu perfil", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Titular en japonés")).toHaveValue("バスクの労働者協同組合で20年");
  await expect(page.getByLabel("Tu zona horaria")).toHaveValue("Europe/Madrid");

  await nav.getByRole("link", { name: "Sesiones" }).click();
  await expect(page.getByRole("heading", { name: "Tus sesiones", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Próximas" })).toBeVisible();

  await nav.getByRole("link", { name: "Disponibilidad" }).click();
  await expect(page.getByRole("heading", { name: "Tu disponibilidad", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByLabel("Desde (lunes, franja 1)").fill("10:00");
  await page.getByLabel("Hasta (lunes, franja 1)").fill("12:00");
  await page.getByRole("button", { name: "Guardar el horario semanal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tu horario semanal está guardado." }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desde (lunes, franja 1)")).toHaveValue("10:00");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("the sign-in page's language menu switches it to Japanese without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("summary[aria-label^='Language']").click();
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { name: "ログイン", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "ログイン用リンクをメールで受け取る" })).toBeVisible();
  await context.close();
});
