import { queryE2eDatabase, updateE2eDatabase } from "./database";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";

// A mentor who wrote their headline and bio in Spanish too: shown on /es, not on /ja.
const translated = { slug: "jonas-albrecht", headline: "Ayuda a convertir una empresa en cooperativa de trabajo", bio: "Llevo veinte años en cooperativas." };

test.beforeAll(() => {
  const [mentor] = queryE2eDatabase<{ id: string }>(`SELECT "id" FROM "MentorProfile" WHERE "slug" = ?`, translated.slug);
  updateE2eDatabase(
    `INSERT INTO "MentorProfileText" ("mentorId", "locale", "headline", "bio") VALUES (?, 'es', ?, ?) ON CONFLICT DO NOTHING`,
    mentor!.id,
    translated.headline,
    translated.bio,
  );
});

test("the directory in Spanish is in Spanish, and lists Spanish-speaking mentors first", async ({ page }) => {
  await page.goto("/es/mentors");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Buscar mentor" })).toBeVisible();
  await expect(page).toHaveTitle(/Buscar mentor/);
  const cards = page.getByRole("list", { name: "Mentores" }).getByRole("article");
  await expect(cards.first()).toContainText("español");
  const names = await cards.getByRole("heading").allTextContents();
  const position = (name: string) => names.findIndex((heading) => heading.startsWith(name));
  expect(position("Tainá Carvalho Reis")).toBeGreaterThanOrEqual(0);
  expect(position("Tainá Carvalho Reis")).toBeLessThan(position("Rosa Pennington"));
  await expect(page.getByRole("article", { name: "Jonas Albrecht" })).toContainText(translated.headline);
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /\/ja\/mentors$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/mentors$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("the directory in Japanese is in Japanese, with Japanese-speaking mentors first", async ({ page }) => {
  await page.goto("/ja/mentors");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1, name: "メンターを探す" })).toBeVisible();
  const cards = page.getByRole("list", { name: "メンター" }).getByRole("article");
  await expect(cards.first()).toContainText("日本語");
  await expect(page.getByRole("article", { name: "Jonas Albrecht" })).not.toContainText(translated.headline);
  await expectNoHorizontalScroll(page);
});

test("a mentor's page in Spanish names their languages in Spanish and shows what they wrote in Spanish", async ({ page }) => {
  await page.goto("/es/mentors/lucia-ferreyra");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 2, name: "Sobre Lucía" })).toBeVisible();
  const languages = page.getByRole("definition").filter({ hasText: "portugués" });
  // The reader's own language first, then the others as the mentor listed them.
  await expect(languages).toHaveText("español, inglés, portugués de Brasil");
  await expect(page).toHaveTitle(/Lucía Ferreyra: una hora gratis sobre cooperativas/);
  for (const [language, href] of [
    ["en", /\/mentors\/lucia-ferreyra$/],
    ["ja", /\/ja\/mentors\/lucia-ferreyra$/],
    ["x-default", /\/mentors\/lucia-ferreyra$/],
  ] as const) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute("href", href);
  }

  await page.goto(`/es/mentors/${translated.slug}`);
  await expect(page.getByText(translated.headline)).toBeVisible();
  await expect(page.getByText(translated.bio)).toBeVisible();
  await page.goto(`/ja/mentors/${translated.slug}`);
  await expect(page.getByText(translated.headline)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Jonasさんについて" })).toBeVisible();
});

test("the language menu leads to the same page in each language, without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/es/mentors/lucia-ferreyra");
  const menu = page.locator("details.language-menu");
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "日本語" })).toHaveAttribute("href", "/ja/mentors/lucia-ferreyra");
  await menu.getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja\/mentors\/lucia-ferreyra$/);
  await expect(page.getByRole("heading", { level: 2, name: "Lucíaさんについて" })).toBeVisible();
  await page.locator("details.language-menu summary").click();
  await page.locator("details.language-menu").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/mentors\/lucia-ferreyra$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "About Lucía" })).toBeVisible();
  await context.close();
});
