import type { APIRequestContext } from "@playwright/test";
import { DEMO_MENTORS } from "../../prisma/demo-data";
import { DEFAULT_LOCALE, isLocale, LANGUAGES, LOCALES, type Locale } from "../../lib/i18n/languages";
import { localisedPath } from "../../lib/i18n/paths";
import { E2E_BASE_URL } from "./env";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";

// Founders' pages in every language: what public-pages.spec.ts and the journeys
// check of the English pages (nothing from other origins, which the fixtures'
// guard checks in every test; axe; no sideways scrolling at 375 px on the phone
// project), each page in each language, with its language declared; plus how a
// founder arrives in their language and changes it.

const mentor = DEMO_MENTORS.find((candidate) => candidate.status === "approved")!;

/** Founders' pages reachable without an emailed link, unprefixed. */
const PAGES = [
  { name: "home", path: "/" },
  { name: "directory", path: "/mentors" },
  { name: "mentor page", path: `/mentors/${mentor.slug}` },
  { name: "mentor page in a zone", path: `/mentors/${mentor.slug}/times/Europe/Madrid` },
  { name: "mentor page in a daytime window", path: `/mentors/${mentor.slug}/times/Europe/Madrid/09-17` },
  { name: "booking form", path: `/mentors/${mentor.slug}/book` },
  { name: "time zone", path: "/time-zone" },
  { name: "privacy", path: "/privacy" },
  { name: "my data", path: "/my-data" },
];

/** The pages people share: each names itself in every language (hreflang), English also as x-default. */
const SHARED = ["/", "/mentors", `/mentors/${mentor.slug}`];

for (const locale of LOCALES) {
  test.describe(`founders' pages in ${LANGUAGES[locale].name} (${locale})`, () => {
    for (const { name, path } of PAGES) {
      const address = localisedPath(locale, path);
      test(`${name} (${address}): declared in its language, accessible, no sideways scrolling`, async ({ page }) => {
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(200);
        // The page may move itself to the visitor's zone once it runs; check where it settles.
        await page.waitForLoadState("networkidle");
        expect(stillIn(locale, new URL(page.url()).pathname), `${page.url()} keeps the language of ${address}`).toBe(true);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
      });
    }
  });
}

/** Whether a path is in the language: prefixed with it, or unprefixed for English. */
function stillIn(locale: Locale, pathname: string): boolean {
  const first = pathname.split("/")[1] ?? "";
  return locale === DEFAULT_LOCALE ? !isLocale(first) : first === locale;
}

/** The <link rel="alternate" hreflang> of a page's HTML, as hreflang → path. */
async function alternates(request: APIRequestContext, address: string): Promise<Record<string, string>> {
  const response = await request.get(address, { maxRedirects: 0 });
  expect(response.status(), address).toBe(200);
  const html = await response.text();
  const found: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel="alternate"/i.test(tag)) continue;
    const hreflang = /\bhreflang="([^"]+)"/i.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    if (hreflang && href) found[hreflang] = new URL(href.replaceAll("&amp;", "&"), "http://candle.invalid").pathname;
  }
  return found;
}

test.describe("shared pages name their other languages", () => {
  test.skip(({ isMobile }) => isMobile, "no page involved: once is enough");

  for (const path of SHARED) {
    for (const locale of LOCALES) {
      const address = localisedPath(locale, path);
      test(`${address}: hreflang for every language and x-default, each to this page`, async ({ request }) => {
        const expected = { ...Object.fromEntries(LOCALES.map((other) => [other, localisedPath(other, path)])), "x-default": path };
        expect(await alternates(request, address)).toEqual(expected);
      });
    }
  }
});

test.describe("cached pages in every language", () => {
  test.skip(({ isMobile }) => isMobile, "no page involved: once is enough");

  for (const locale of LOCALES) {
    const address = localisedPath(locale, `/mentors/${mentor.slug}`);
    test(`${address} is served from the cache`, async ({ request }) => {
      await request.get(address);
      const response = await request.get(address);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    });
  }
});

test.describe("arriving in one's language", () => {
  const spanish = { "accept-language": "es-AR,es;q=0.9" };

  test("a first visit to / from a Spanish-speaking browser is sent to /es", async ({ request, isMobile }) => {
    test.skip(isMobile, "no page involved: once is enough");
    const response = await request.get("/", { headers: spanish, maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(new URL(response.headers().location!, "http://candle.invalid").pathname).toBe("/es");
  });

  test("a remembered choice of English (visiting /en/…) is kept over the browser's Spanish", async ({ request, isMobile }) => {
    test.skip(isMobile, "no page involved: once is enough");
    const chosen = await request.get("/en/mentors", { headers: spanish, maxRedirects: 0 });
    expect(new URL(chosen.headers().location!, "http://candle.invalid").pathname).toBe("/mentors");
    expect(chosen.headers()["set-cookie"] ?? "").toMatch(/(^|\n)locale=en;/);
    // The request context keeps the cookie, as a browser would.
    const home = await request.get("/", { headers: spanish, maxRedirects: 0 });
    expect(home.status()).toBe(200);
    expect(await home.text()).toMatch(/<html[^>]*\slang="en"/);
  });

  test.describe("in a browser set to Spanish", () => {
    test.use({ locale: "es-AR", extraHTTPHeaders: spanish });

    test("lands on /es in Spanish, and stays in English once English is chosen", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/es$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await page.goto("/en/mentors");
      await expect(page).toHaveURL(/\/mentors$/);
      expect((await page.context().cookies()).find((cookie) => cookie.name === "locale")?.value).toBe("en");
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });
});

test.describe("the language menu without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("its links lead to the same page in each language, and the choice is remembered", async ({ page }) => {
    const path = "/mentors";
    await page.goto(localisedPath("es", path));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const menu = page.locator("details.language-menu");
    for (const locale of LOCALES) {
      await expect(menu.locator(`a[hreflang="${locale}"]`)).toHaveAttribute("href", localisedPath(locale, path, { explicit: true }));
    }
    // (axe and the overflow check run scripts in the page: the crawl above makes them with JavaScript on.)
    for (const locale of ["ja", "en"] as const) {
      await menu.locator("summary").click();
      await menu.getByRole("link", { name: LANGUAGES[locale].name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${localisedPath(locale, path).replace(/\//g, "\\/")}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect((await page.context().cookies()).find((cookie) => cookie.name === "locale")?.value).toBe(locale);
    }
    // English chosen: the unprefixed home stays English whatever the browser says.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("links keep the page's language without a detour", () => {
  test("English pages link to English pages directly, not through /en and a redirect", async ({ page }) => {
    await page.goto(`/mentors/${mentor.slug}`);
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => /^\/en(\/|$)/.test(href))).toEqual([]);
  });

  test("a page opened from an emailed link keeps the link's language, whatever the visitor last chose", async ({ request, isMobile }) => {
    test.skip(isMobile, "no page involved: once is enough");
    const remembered = { cookie: "locale=es", "accept-language": "ja" };
    const manage = await request.get("/bookings/manage/not-a-real-token-but-well-formed-000000000", { headers: remembered, maxRedirects: 0 });
    // Answered where it is (here "not found", the token being made up), not sent to /es/….
    expect(manage.status()).toBeGreaterThanOrEqual(400);
    expect(manage.headers().location).toBeUndefined();
    // An ordinary page still follows the remembered choice.
    const directory = await request.get("/mentors", { headers: remembered, maxRedirects: 0 });
    expect(new URL(directory.headers().location!, "http://candle.invalid").pathname).toBe("/es/mentors");
  });

  test("the application page's privacy note has its words in every language", async ({ page }) => {
    for (const locale of LOCALES) {
      await page.context().addCookies([{ name: "locale", value: locale, url: E2E_BASE_URL }]);
      await page.goto("/join");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText("forms.privacyNote")).toHaveCount(0);
    }
  });
});
