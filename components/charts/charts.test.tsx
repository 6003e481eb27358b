import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { HorizontalBarChart } from "./horizontal-bar-chart";

const weeks = [
  { key: "2033-03-07", label: "Week of 7 Mar 2033", shortLabel: "7 Mar", value: 6 },
  { key: "2033-03-14", label: "Week of 14 Mar 2033", shortLabel: "14 Mar", value: 4 },
];

describe("charts", () => {
  it("draws a labelled SVG with a table of the same figures", () => {
    const html = renderToStaticMarkup(
      <BarChart id="weeks" title="Booked sessions per week" description="10 sessions in 2 weeks." labelHeading="Week" valueHeading="Sessions" data={weeks} />,
    );
    expect(html).toContain('role="img" aria-labelledby="weeks-title weeks-desc"');
    expect(html).toContain('<title id="weeks-title">Booked sessions per week</title>');
    expect(html).toContain('<desc id="weeks-desc">10 sessions in 2 weeks.</desc>');
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain("<title>Week of 7 Mar 2033: 6</title>");
    expect(html).toContain('<th scope="col">Week</th>');
    expect(html).toContain('<th scope="row">Week of 14 Mar 2033</th>');
    expect(html).toContain("<details");
    expect(html).not.toContain("<script");
  });

  it("marks highlighted rows with a sign as well as a colour, and explains it", () => {
    const html = renderToStaticMarkup(
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
    expect(html).toContain("A volunteer with a very l…");
    expect(html).toContain("<title>A volunteer with a very long name indeed: 5</title>");
    expect(html).toContain("Busy &lt;b&gt;");
    expect(html).toContain("<td>At or above their weekly limit</td>");
  });

  it("draws nothing taller than the axis for zero values", () => {
    const html = renderToStaticMarkup(
      <BarChart id="z" title="T" description="D" labelHeading="L" valueHeading="V" data={[{ key: "x", label: "X", value: 0 }]} />,
    );
    expect(html).toMatch(/<rect[^>]*height="0"/);
  });
});
