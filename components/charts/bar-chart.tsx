import type { CSSProperties } from "react";
import { ChartTable, type ChartProps } from "./chart-table";
import styles from "./charts.module.css";
import { countScale, estimateWidthEm, thinningSteps } from "./scale";

/** The axis labels' font size, in rem (charts.module.css .axisLabel). */
const LABEL_REM = 0.8125;
/** Room between two labels, in em. */
const GAP_EM = 1;

/**
 * Vertical bars, e.g. sessions per week, drawn in HTML and CSS with its table
 * beneath. The labels under the axis are thinned to every n-th as the chart
 * narrows: the server cannot measure, so it guesses each label's width and
 * writes container queries for the widths at which every 2nd, 3rd, … label
 * fits. Any language, any screen; no JavaScript.
 */
export function BarChart(props: ChartProps) {
  const { id, title, description, data } = props;
  const { top, ticks } = countScale(Math.max(0, ...data.map((datum) => datum.value)));
  const labels = data.map((datum) => datum.shortLabel ?? datum.label);
  const labelEm = Math.max(0, ...labels.map(estimateWidthEm));
  const valueEm = Math.max(0, ...data.map((datum) => estimateWidthEm(String(datum.value))));
  const scope = `[data-chart="${id.replace(/[^\w-]/g, "")}"]`;
  const rules = thinningSteps(data.length, (labelEm + GAP_EM) * LABEL_REM).map(
    ({ every, below }) =>
      // Both selectors weigh the same, so the narrowest width's rule, written last, wins.
      `@container (max-width: ${below.toFixed(2)}rem) { ${scope} .${styles.axisCell}:not(:nth-child(${every}n + 1)) { visibility: hidden } ${scope} .${styles.axisCell}:nth-child(${every}n + 1) { visibility: visible } }`,
  );
  // Values over the bars show only while every bar has room for its own.
  rules.push(`@container (max-width: ${(data.length * (valueEm + 0.5) * 0.875).toFixed(2)}rem) { ${scope} .${styles.columnValue} { display: none } }`);
  const columns = { gridTemplateColumns: `repeat(${Math.max(1, data.length)}, minmax(0, 1fr))` };
  return (
    <div className={styles.chart}>
      <style>{rules.join("\n")}</style>
      <div
        className={styles.columnChart}
        data-chart={id}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ "--label-overhang": `${((labelEm * LABEL_REM) / 2).toFixed(2)}rem` } as CSSProperties}
      >
        <span id={`${id}-title`} className="visually-hidden">
          {title}
        </span>
        <span id={`${id}-desc`} className="visually-hidden">
          {description}
        </span>
        <div className={styles.yAxis}>
          {ticks.map((tick) => (
            <span key={tick} className={styles.tick} data-chart-label style={{ bottom: `${(tick / top) * 100}%` }}>
              {tick}
            </span>
          ))}
        </div>
        <div className={styles.columnMain}>
          <div className={styles.plot} style={columns}>
            {ticks.map((tick) => (
              <span key={tick} className={styles.gridLine} style={{ bottom: `${(tick / top) * 100}%` }} />
            ))}
            {data.map((datum) => (
              <div
                key={datum.key}
                className={datum.highlight ? `${styles.column} ${styles.highlight}` : styles.column}
                style={{ height: `${(datum.value / top) * 100}%` }}
                title={`${datum.label}: ${datum.value}`}
              >
                {datum.value > 0 ? (
                  <span className={styles.columnValue} data-chart-label>
                    {datum.value}
                  </span>
                ) : null}
              </div>
            ))}
          </div>
          <div className={styles.axis} style={columns}>
            {data.map((datum, index) => (
              <span key={datum.key} className={styles.axisCell}>
                <span className={styles.axisLabel} data-chart-label>
                  {labels[index]}
                </span>
              </span>
            ))}
          </div>
        </div>
      </div>
      <ChartTable {...props} />
    </div>
  );
}
