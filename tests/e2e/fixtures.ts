import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails if the page asks any origin but the app's for anything:
 * requests the browser makes, requests the CSP blocked before they were made,
 * and resources the DOM points at elsewhere.
 */
export const test = base.extend<{ thirdPartyGuard: void }>({
  thirdPartyGuard: [
    async ({ page, context, baseURL }, use) => {
      const appOrigin = new URL(baseURL!).origin;
      const offenders: string[] = [];
      const foreign = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).origin !== appOrigin;
      await context.route(
        (url) => foreign(url.toString()),
        async (route) => {
          offenders.push(`request: ${route.request().url()}`);
          await route.abort("blockedbyclient");
        },
      );
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) offenders.push(`CSP: ${message.text()}`);
      });
      await use();
      if (!page.isClosed()) {
        const pointers = await page
          .locator("script[src], link[href]:not([rel~='canonical']):not([rel~='alternate']), img[src], iframe[src], source[src], form[action]")
          .evaluateAll((elements) =>
            elements.map((element) => (element as HTMLScriptElement).src || (element as HTMLLinkElement).href || (element as HTMLFormElement).action),
          );
        offenders.push(...pointers.filter(foreign).map((url) => `in the page: ${url}`));
      }
      expect(offenders, "the page must load nothing from other origins").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.0/2.1 A and AA, as axe checks them. */
export async function expectAccessible(page: Page) {
  // Next streams a page's <title> after its first bytes; check the page once it is whole.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe found WCAG violations").toEqual([]);
}

/** Nothing on the page is wider than the screen (no sideways scrolling on a phone). */
export async function expectNoHorizontalScroll(page: Page) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX) && parent.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest("[aria-hidden=true]") && !clipped(element))
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].join(".")} → ${Math.round(element.getBoundingClientRect().right)}px`,
      )
      .slice(0, 8)
      .concat(`the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`);
  });
  expect(wide, "page scrolls sideways; these stick out").toEqual([]);
}
