import { readdirSync } from "node:fs";
import path from "node:path";
import { DEMO_MENTORS } from "../../prisma/demo-data";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { DirectoryPage } from "./pages/directory-page";

const root = path.resolve(import.meta.dirname, "../..");
const approved = DEMO_MENTORS.filter((mentor) => mentor.status === "approved");
const pending = DEMO_MENTORS.filter((mentor) => mentor.status !== "approved");

test("the home page says what Candle is and leads to the mentors", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("free hour");
  await expect(page).toHaveTitle(/Candle/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole("main").getByRole("link", { name: "Find a mentor" }).click();
  await expect(new DirectoryPage(page).heading()).toBeVisible();
});

test("the directory lists every approved demo mentor and none who is not approved", async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.goto();
  await expect(directory.heading()).toBeVisible();
  // Other tests approve new volunteers in the same database: the demo's own are checked by name.
  await expect(directory.mentorCards()).not.toHaveCount(0);
  for (const mentor of approved) {
    const card = directory.mentor(mentor.displayName);
    await expect(card).toBeVisible();
    await expect(card).toContainText(mentor.headline);
  }
  for (const mentor of pending) {
    await expect(page.getByText(mentor.displayName)).toHaveCount(0);
  }
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("a keyboard user can skip to the content and reach the directory", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard navigation is a desktop concern");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("main").getByRole("link", { name: "Find a mentor" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(new DirectoryPage(page).heading()).toBeVisible();
});

test("pages answer with a content security policy that keeps other origins out", async ({ request }) => {
  const response = await request.get("/");
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self'(?! 'unsafe-eval')/);
  expect(policy).not.toMatch(/https?:/);
});

test("shared links preview with a title, description and an image served by Candle itself", async ({ page, request, baseURL }) => {
  const mentor = approved[0]!;
  for (const path of ["/", `/mentors/${mentor.slug}`]) {
    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
    expect(await meta("og:title")).toBeTruthy();
    expect(await meta("og:description")).toBeTruthy();
    const image = await meta("og:image");
    expect(new URL(image!).origin).toBe(new URL(baseURL!).origin);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
  await page.goto(`/mentors/${mentor.slug}`);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain(mentor.displayName);
  expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toBe(mentor.headline);
});

test("mentor pages are served from the cache", async ({ request }) => {
  const path = `/mentors/${approved[1]!.slug}`;
  await request.get(path);
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("the directory can be shown in a chosen zone and keeps it while filtering", async ({ page }) => {
  await page.goto("/mentors?topic=governance");
  await page.getByRole("link", { name: "Change time zone" }).click();
  await expectAccessible(page);
  await page.getByLabel("Show times in").selectOption("Pacific/Auckland");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/mentors\?topic=governance&tz=Pacific%2FAuckland$/);
  await expect(page.getByRole("status")).toContainText("Pacific/Auckland");
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "English" });
  await page.getByRole("button", { name: "Show mentors" }).click();
  await expect(page).toHaveURL(/tz=Pacific%2FAuckland/);
  await expect(page.getByRole("status")).toContainText("Pacific/Auckland");
});

test("made-up mentor addresses are answered 404 and leave nothing in the page cache", async ({ request }) => {
  // Each such address would otherwise become a cached page on disk: a script could fill the disk.
  const madeUp = `no-such-mentor-${Date.now().toString(36)}`;
  for (const address of [`/mentors/${madeUp}`, `/mentors/${madeUp}/times/Europe/Madrid`]) {
    expect((await request.get(address)).status()).toBe(404);
    const again = await request.get(address);
    expect(again.status()).toBe(404);
    expect(again.headers()["x-nextjs-cache"] ?? "").not.toMatch(/HIT|STALE/);
  }
  const stored = readdirSync(path.join(root, ".next/server"), { recursive: true }).filter((name) => String(name).includes(madeUp));
  expect(stored).toEqual([]);
});
