import type { Page } from "@playwright/test";
import { DEMO_MENTORS } from "../../prisma/demo-data";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { DaytimeWindowForm } from "./pages/daytime-window";
import { DirectoryPage } from "./pages/directory-page";
import { MentorPage } from "./pages/mentor-page";

// A founder in Tokyo (UTC+9 all year). Marcus (New York) offers weekday evenings,
// 09:00 or 08:00 the next morning in Tokyo, and Saturday mornings, midnight in
// Tokyo. All of Lucía's times (Buenos Aires, no DST either) are 06:30–08:00 in Tokyo.
const zone = "Asia/Tokyo";
const marcus = DEMO_MENTORS.find((mentor) => mentor.slug === "marcus-delacroix-hill")!;
const lucia = DEMO_MENTORS.find((mentor) => mentor.slug === "lucia-ferreyra")!;

const minuteOfDay = (at: Date) => {
  const [hour, minute] = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .format(at)
    .split(":")
    .map(Number);
  return hour! * 60 + minute!;
};

/** Whether a session of Marcus's length starting then lies between these hours in Tokyo. */
const between = (fromHour: number, untilHour: number) => (start: Date) => {
  const minute = minuteOfDay(start);
  return minute >= fromHour * 60 && minute + marcus.limits.sessionMinutes <= untilHour * 60;
};

async function slotStarts(page: Page): Promise<Date[]> {
  const starts = await new MentorPage(page)
    .slots()
    .locator("time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  return starts.map((start) => new Date(start));
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a founder hides night-time slots on a mentor page and in the directory, and finds the window remembered", async ({ page, context }) => {
    const profile = new MentorPage(page);
    const window = new DaytimeWindowForm(page);
    await profile.goto(marcus.slug);
    await page.getByRole("link", { name: "Change time zone" }).click();
    await page.getByLabel("Show times in").selectOption(zone);
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}$`));
    const everything = await slotStarts(page);
    expect(
      everything.some((start) => !between(8, 21)(start)),
      "Marcus has night-time slots in Tokyo",
    ).toBe(true);

    await expect(window.toggle()).not.toBeChecked();
    await expect(window.hours()).toHaveValue("08-21");
    await window.turnOn();
    await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}/08-21$`));
    await expect(window.toggle()).toBeChecked();
    const daytime = await slotStarts(page);
    expect(daytime.length).toBeGreaterThan(0);
    expect(daytime.length).toBeLessThan(everything.length);
    expect(daytime.filter((start) => !between(8, 21)(start))).toEqual([]);

    // Another mentor, by the plain address: the window (and zone) remembered. All of Lucía's times are hidden.
    await profile.goto(lucia.slug);
    await expect(page).toHaveURL(new RegExp(`/mentors/${lucia.slug}/times/${zone}/08-21$`));
    await expect(page.getByText("No times between 08:00 and 21:00 in your zone in the next 8 weeks.")).toBeVisible();
    await expect(profile.slots()).toHaveCount(0);

    // The directory: Lucía is not free in the window within 30 days, Marcus is, at a daytime hour.
    const directory = new DirectoryPage(page);
    await page.goto("/mentors?within=30");
    await expect(page.getByRole("status")).toContainText("between 08:00 and 21:00 only");
    await expect(window.toggle()).toBeChecked();
    await expect(directory.mentor(marcus.displayName)).toBeVisible();
    await expect(directory.mentor(lucia.displayName)).toHaveCount(0);
    const next = await directory.mentor(marcus.displayName).locator("dd time").getAttribute("datetime");
    expect(between(8, 21)(new Date(next!))).toBe(true);

    // The next visit, in a new tab.
    const later = await context.newPage();
    await later.goto(`/mentors/${marcus.slug}`);
    await expect(later).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}/08-21$`));
    expect((await slotStarts(later)).length).toBe(daytime.length);

    // From Lucía's empty page, "Show all times" turns the window off everywhere.
    await profile.goto(lucia.slug);
    await page.getByRole("link", { name: "Show all times" }).click();
    await expect(page).toHaveURL(new RegExp(`/mentors/${lucia.slug}/times/${zone}$`));
    await expect(profile.slots()).not.toHaveCount(0);
    await page.goto("/mentors?within=30");
    await expect(directory.mentor(lucia.displayName)).toBeVisible();
    await expect(window.toggle()).not.toBeChecked();
  });
});

test("a window from a shared link stays when the founder changes zone", async ({ page }) => {
  await page.goto(`/mentors/${marcus.slug}/times/Europe/London/08-21`);
  await page.getByRole("link", { name: "Change time zone" }).click();
  await page.getByLabel("Show times in").selectOption(zone);
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}/08-21$`));
  await expect(new DaytimeWindowForm(page).toggle()).toBeChecked();
});

test.describe("a founder in Tokyo", () => {
  test.use({ timezoneId: zone });

  test("chooses other hours from the directory, sees them on every card and mentor page, and turns them off", async ({ page }) => {
    const directory = new DirectoryPage(page);
    const window = new DaytimeWindowForm(page);
    await page.goto("/mentors");
    await expect(page.getByRole("status")).toContainText(zone);
    await window.turnOn("09:00–17:00");
    await expect(page).toHaveURL(/\/mentors$/);
    await expect(page.getByRole("status")).toContainText("between 09:00 and 17:00 only");
    await expect(window.hours()).toHaveValue("09-17");
    for (const time of await directory
      .mentorCards()
      .locator("dd time")
      .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!))) {
      expect(minuteOfDay(new Date(time))).toBeGreaterThanOrEqual(9 * 60);
    }
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await directory.mentor(marcus.displayName).getByRole("link", { name: marcus.displayName }).click();
    await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}/09-17$`));
    await expect(new MentorPage(page).slots()).not.toHaveCount(0);
    expect((await slotStarts(page)).filter((start) => !between(9, 17)(start))).toEqual([]);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await window.turnOff();
    await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}$`));
    expect((await slotStarts(page)).some((start) => !between(9, 17)(start))).toBe(true);
  });
});

test("the window form works from the keyboard alone", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard navigation is a desktop concern");
  const window = new DaytimeWindowForm(page);
  await page.goto(`/mentors/${marcus.slug}/times/${zone}`);
  await window.toggle().focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(window.hours()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(window.hours()).toHaveValue("09-17");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Apply" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/mentors/${marcus.slug}/times/${zone}/09-17$`));
  await expect(window.toggle()).toBeChecked();
});

test.describe("over plain HTTP", () => {
  test.skip(({ isMobile }) => isMobile, "no page involved: once is enough");

  test("pages without a window are cached as before, and each window has a cached page of its own", async ({ request }) => {
    for (const path of [`/mentors/${marcus.slug}`, `/mentors/${marcus.slug}/times/${zone}`, `/mentors/${marcus.slug}/times/${zone}/08-21`]) {
      await request.get(path);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    }
  });

  test("a remembered window sends mentor pages to their address with it, for that visitor only", async ({ playwright, baseURL }) => {
    const location = (response: { headers(): Record<string, string> }) => new URL(response.headers()["location"]!, baseURL);
    const remembering = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `between=10-22; tz=${encodeURIComponent(zone)}` } });
    const toWindow = await remembering.get(`/mentors/${marcus.slug}`, { maxRedirects: 0 });
    expect(toWindow.status()).toBe(307);
    expect(location(toWindow).pathname).toBe(`/mentors/${marcus.slug}/times/${zone}/10-22`);
    expect(toWindow.headers()["cache-control"]).toContain("private");
    const shared = await remembering.get(`/mentors/${marcus.slug}/times/Europe/London/08-21`, { maxRedirects: 0 });
    expect(shared.status(), "a link with a window wins").toBe(200);
    for (const cookie of ["between=25-99", "between=03-04"]) {
      const garbled = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookie } });
      expect((await garbled.get(`/mentors/${marcus.slug}`, { maxRedirects: 0 })).status(), `${cookie} is ignored`).toBe(200);
      await garbled.dispose();
    }
    await remembering.dispose();
  });

  test("a form on this site remembers the window for 90 days; a link from another site shows it without remembering", async ({ request, baseURL }) => {
    const location = (response: { headers(): Record<string, string> }) => new URL(response.headers()["location"]!, baseURL);
    const chosen = await request.get(`/time-zone/window?only=on&between=09-17&return=/mentors/${marcus.slug}`, {
      maxRedirects: 0,
      headers: { "Sec-Fetch-Site": "same-origin" },
    });
    // A first request also carries the language cookie (next-intl's): only the window's is looked at.
    expect(chosen.headers()["set-cookie"]).toMatch(/(^|\n)between=09-17;.*Max-Age=7776000/i);
    for (const site of ["cross-site", "same-site"]) {
      const toMentor = await request.get(`/time-zone/window?only=1&between=09-17&return=/mentors/${marcus.slug}`, {
        maxRedirects: 0,
        headers: { "Sec-Fetch-Site": site },
      });
      expect(toMentor.status()).toBe(303);
      expect(toMentor.headers()["set-cookie"], site).toBeUndefined();
      expect(location(toMentor).pathname).toMatch(new RegExp(`/mentors/${marcus.slug}/times/.+/09-17$`));
      const toDirectory = await request.get("/time-zone/window?only=1&between=09-17&return=/mentors%3Fwithin%3D7", {
        maxRedirects: 0,
        headers: { "Sec-Fetch-Site": site },
      });
      expect(toDirectory.headers()["set-cookie"], site).toBeUndefined();
      expect(location(toDirectory).search).toBe("?within=7&between=09-17");
    }
  });

  test("nonsense is refused or ignored, never a server error", async ({ request, baseURL }) => {
    const location = (response: { headers(): Record<string, string> }) => new URL(response.headers()["location"]!, baseURL);
    for (const between of ["03-04", "abc", "21-08"]) {
      const refused = await request.get(`/time-zone/window?only=on&between=${between}&return=/mentors`, { maxRedirects: 0 });
      expect(refused.status(), between).toBe(422);
      expect(await refused.text()).toMatch(/one of the windows offered/);
      expect(refused.headers()["set-cookie"] ?? "").not.toMatch(/(^|\n)between=/);
    }
    const away = await request.get("/time-zone/window?only=on&between=08-21&return=https://evil.example/", { maxRedirects: 0 });
    expect(location(away).pathname).toBe("/mentors");
    for (const window of ["99-99", "03-04", "00-24", "08-20"]) {
      expect((await request.get(`/mentors/${marcus.slug}/times/UTC/${window}`)).status(), `${window} is no cached page`).toBe(404);
    }
    expect((await request.get(`/mentors/${marcus.slug}/times/UTC/08-21/08-21`)).status()).toBe(404);
    for (const between of ["garbage", "08-08", "24-01", "03-04", "%00"]) {
      expect((await request.get(`/mentors?within=7&between=${between}`)).status()).toBe(200);
    }
  });
});
