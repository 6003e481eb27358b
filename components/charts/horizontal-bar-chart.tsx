import { ChartTable, type ChartProps } from "./chart-table";
import styles from "./charts.module.css";
import { countScale } from "./scale";

/**
 * Horizontal bars, e.g. topics or volunteers: one row each, its label in HTML
 * beside the bar on a wide chart and above it on a narrow one, wrapping as
 * text does, so a label of any length in any language is shown whole.
 * Highlighted rows are drawn in another colour and marked ▲, so colour is
 * never the only sign; `legend` says what the mark means.
 */
export function HorizontalBarChart(props: ChartProps & { legend?: string }) {
  const { id, title, description, data, legend } = props;
  const { top } = countScale(Math.max(0, ...data.map((datum) => datum.value)));
  return (
    <div className={styles.chart}>
      <div className={styles.rowChart} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <span id={`${id}-title`} className="visually-hidden">
          {title}
        </span>
        <span id={`${id}-desc`} className="visually-hidden">
          {description}
        </span>
        {data.map((datum) => (
          <div key={datum.key} className={styles.row} title={`${datum.label}: ${datum.value}`}>
            <span className={styles.rowLabel} data-chart-label>
              {datum.label}
            </span>
            <span className={styles.track}>
              <span
                className={datum.highlight ? `${styles.rowBar} ${styles.highlight}` : styles.rowBar}
                style={{ width: `calc(${(datum.value / top).toFixed(4)} * (100% - 4.5em))`, minWidth: datum.value > 0 ? 2 : 0 }}
              />
              <span className={styles.value} data-chart-label>
                {datum.highlight ? `${datum.value} ▲` : datum.value}
              </span>
            </span>
          </div>
        ))}
      </div>
      {legend ? <p className={styles.legend}>{legend}</p> : null}
      <ChartTable {...props} />
    </div>
  );
}
