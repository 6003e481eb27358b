import { createE2eOrganiser, queryE2eDatabase } from "./database";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn } from "./pages/sign-in";

test("an organiser chooses their language on the overview, and every organiser page speaks it", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one walk is enough");
  const email = `organiser-language-${Date.now()}@example.org`;
  createE2eOrganiser(email);
  await signIn(page, email, "/organiser");
  await expect(page.getByRole("heading", { level: 1, name: "Running Candle" })).toBeVisible();

  await page.getByLabel("Language of your pages and emails").selectOption("ja");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("日本語");
  await expect(page.getByRole("heading", { level: 1, name: "Candleの運営" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  expect(queryE2eDatabase<{ locale: string }>(`SELECT "locale" FROM "User" WHERE "email" = ?`, email)[0]!.locale).toBe("ja");
  await expectAccessible(page);

  for (const [path, heading] of [
    ["/organiser/volunteers", "ボランティア"],
    ["/organiser/topics", "テーマ"],
    ["/organiser/stats", "プログラムの状況"],
    ["/organiser/audit", "監査ログ"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }

  await page.goto("/organiser");
  await page.getByLabel("ページとメールの言語").selectOption("es");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cómo llevar Candle" })).toBeVisible();
});
