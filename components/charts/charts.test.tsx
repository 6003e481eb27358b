import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { BarChart } from "./bar-chart";
import { HorizontalBarChart } from "./horizontal-bar-chart";

const weeks = [
  { key: "2033-03-07", label: "Week of 7 Mar 2033", shortLabel: "7 Mar", value: 6 },
  { key: "2033-03-14", label: "Week of 14 Mar 2033", shortLabel: "14 Mar", value: 4 },
];

const render = (chart: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {chart}
    </NextIntlClientProvider>,
  );

describe("charts", () => {
  it("draws a labelled picture with a table of the same figures", () => {
    const html = render(
      <BarChart id="weeks" title="Booked sessions per week" description="10 sessions in 2 weeks." labelHeading="Week" valueHeading="Sessions" data={weeks} />,
    );
    expect(html).toContain('role="img" aria-labelledby="weeks-title weeks-desc"');
    expect(html).toMatch(/<span id="weeks-title"[^>]*>Booked sessions per week<\/span>/);
    expect(html).toMatch(/<span id="weeks-desc"[^>]*>10 sessions in 2 weeks.<\/span>/);
    expect(html).toContain('title="Week of 7 Mar 2033: 6"');
    expect(html).toContain(">14 Mar</span>");
    expect(html).toContain("Show “Booked sessions per week” as a table");
    expect(html).toContain('<th scope="col">Week</th>');
    expect(html).toContain('<th scope="row">Week of 14 Mar 2033</th>');
    expect(html).toContain("<details");
    expect(html).not.toContain("<script");
  });

  it("thins the axis labels with container queries worked out from their length", () => {
    const many = Array.from({ length: 26 }, (_, index) => ({ key: String(index), label: `Week ${index}`, shortLabel: `${index + 1} sept`, value: index }));
    const html = render(<BarChart id="many" title="T" description="D" labelHeading="L" valueHeading="V" data={many} />);
    expect(html).toContain('[data-chart="many"]');
    expect(html).toMatch(/@container \(max-width: [\d.]+rem\) \{ \[data-chart="many"\] \S+:not\(:nth-child\(2n \+ 1\)\) \{ visibility: hidden \}/);
    expect(html).toContain(":nth-child(2n + 1)");
  });

  it("shows long labels whole, and marks highlighted rows with a sign as well as a colour", () => {
    const html = render(
      <HorizontalBarChart
        id="volunteers"
        title="Sessions per volunteer"
        description="One volunteer is marked."
        labelHeading="Volunteer"
        valueHeading="Sessions"
        extraHeadings={["Note"]}
        data={[
          { key: "a", label: "A volunteer with a very long name indeed", value: 5, extra: ["—"] },
          { key: "b", label: "Busy <b>", value: 2, highlight: true, extra: ["At or above their weekly limit"] },
        ]}
        legend="▲ marks a busy volunteer."
      />,
    );
    expect(html).toContain("2 ▲");
    expect(html).toContain("▲ marks a busy volunteer.");
    expect(html).toContain(">A volunteer with a very long name indeed</span>");
    expect(html).toContain('title="A volunteer with a very long name indeed: 5"');
    expect(html).toContain("Busy &lt;b&gt;");
    expect(html).toContain("<td>At or above their weekly limit</td>");
  });

  it("draws nothing taller than the axis for zero values", () => {
    const html = render(<BarChart id="z" title="T" description="D" labelHeading="L" valueHeading="V" data={[{ key: "x", label: "X", value: 0 }]} />);
    expect(html).toMatch(/style="height:0%"/);
  });
});
