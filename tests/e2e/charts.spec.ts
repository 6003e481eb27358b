import { createE2eOrganiser, updateE2eDatabase } from "./database";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn } from "./pages/sign-in";

const LANGUAGES = ["en", "es", "ja"] as const;

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

for (const locale of LANGUAGES) {
  test(`every chart's labels fit inside it and apart, in ${locale}`, async ({ page }, testInfo) => {
    const email = `charts-${locale}-${testInfo.project.name}-${Date.now()}@example.org`;
    createE2eOrganiser(email);
    updateE2eDatabase(`UPDATE "User" SET "locale" = ? WHERE "email" = ?`, locale, email);
    await signIn(page, email, "/organiser");
    await page.goto("/organiser/stats");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    const charts = await page.locator('[role="img"][aria-labelledby^="chart-"]').evaluateAll((elements) =>
      elements.map((chart) => {
        const box = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return { text: element.textContent ?? "", left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const labels = [...chart.querySelectorAll("text, [data-chart-label]")].filter((label) => {
          const style = getComputedStyle(label);
          const rect = label.getBoundingClientRect();
          return style.visibility !== "hidden" && style.display !== "none" && rect.width > 0 && (label.textContent ?? "").trim() !== "";
        });
        return { id: chart.getAttribute("aria-labelledby"), box: box(chart), labels: labels.map(box) };
      }),
    );
    const seeded = ["chart-weeks", "chart-outcomes", "chart-topics", "chart-countries", "chart-volunteers"];
    // The seeded sessions draw every chart: per week, outcomes, topics, countries, volunteers.
    expect(charts.map((chart) => chart.id?.split("-title")[0])).toEqual(expect.arrayContaining(seeded));
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const overlap = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const problems: string[] = [];
    for (const chart of charts) {
      // The seeded charts have many bars; others (the waitlist's) at least one, with its label and figure.
      expect(chart.labels.length, `${chart.id} has labels`).toBeGreaterThan(seeded.includes(chart.id?.split("-title")[0] ?? "") ? 2 : 1);
      if (chart.box.left < -1 || chart.box.right > width + 1) problems.push(`${chart.id} is wider than the screen`);
      for (const label of chart.labels) {
        const inside =
          label.left >= chart.box.left - 1 && label.right <= chart.box.right + 1 && label.top >= chart.box.top - 1 && label.bottom <= chart.box.bottom + 1;
        if (!inside) problems.push(`${chart.id}: “${label.text}” sticks out of the chart`);
      }
      chart.labels.forEach((label, index) => {
        for (const other of chart.labels.slice(index + 1)) {
          if (overlap(label, other)) problems.push(`${chart.id}: “${label.text}” overlaps “${other.text}”`);
        }
      });
    }
    expect(problems).toEqual([]);
    await expectAccessible(page);
  });
}
