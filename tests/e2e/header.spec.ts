import { expect, test } from "./fixtures";

const LANGUAGES = ["en", "es", "ja"] as const;

/** A founder's page (its language in the address) and an account page (its language from the cookie the menu sets). */
const PAGES = [
  { kind: "founder", path: (locale: string) => (locale === "en" ? "/mentors" : `/${locale}/mentors`) },
  { kind: "account", path: () => "/signin" },
];

interface Part {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** How many lines the part's text takes. */
  lines: number;
}

for (const locale of LANGUAGES) {
  for (const { kind, path } of PAGES) {
    test(`the header keeps to one line on a ${kind} page in ${locale}`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await page.goto(path(locale));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const narrow = (page.viewportSize()?.width ?? 1280) < 600;
      const selectors = narrow
        ? { brand: ".site-header .brand", menu: ".site-header .site-nav--narrow > summary", language: ".site-header .language-menu > summary" }
        : {
            brand: ".site-header .brand",
            ...Object.fromEntries([0, 1, 2].map((index) => [`link ${index + 1}`, `.site-header .site-nav--wide li:nth-child(${index + 1}) a`])),
            language: ".site-header .language-menu > summary",
          };
      const parts: Part[] = await page.evaluate((selectors) => {
        return Object.entries(selectors).map(([name, selector]) => {
          const element = document.querySelector(selector);
          if (!element) return { name, top: NaN, bottom: NaN, left: NaN, right: NaN, lines: 0 };
          const rect = element.getBoundingClientRect();
          const tops = new Set<number>();
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const line of range.getClientRects()) tops.add(Math.round(line.top));
          }
          return { name, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, lines: tops.size };
        });
      }, selectors);
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const problems: string[] = [];
      const middle = (part: Part) => (part.top + part.bottom) / 2;
      for (const part of parts) {
        if (Number.isNaN(part.top)) problems.push(`${part.name} is missing`);
        if (part.lines !== 1) problems.push(`${part.name} takes ${part.lines} lines`);
        if (part.left < 0 || part.right > width + 1) problems.push(`${part.name} is outside the screen (${part.left}–${part.right} of ${width})`);
        if (Math.abs(middle(part) - middle(parts[0]!)) > 4) problems.push(`${part.name} is not on the brand's line (${middle(part)} vs ${middle(parts[0]!)})`);
      }
      parts.forEach((part, index) => {
        const next = parts[index + 1];
        if (next && next.left < part.right - 1) problems.push(`${part.name} and ${next.name} overlap`);
      });
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        header:
          (document.querySelector(".site-header__inner") as HTMLElement).scrollWidth -
          (document.querySelector(".site-header__inner") as HTMLElement).clientWidth,
      }));
      if (overflow.page > 0) problems.push(`the page scrolls sideways by ${overflow.page}px`);
      if (overflow.header > 0) problems.push(`the header overflows by ${overflow.header}px`);
      expect(problems).toEqual([]);
    });
  }
}
