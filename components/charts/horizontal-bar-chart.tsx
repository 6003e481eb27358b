import { ChartTable, type ChartProps } from "./chart-table";
import styles from "./charts.module.css";
import { clip, countScale } from "./scale";

const WIDTH = 560;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 56;
const ROW = 30;
const PAD = 6;

/**
 * Horizontal bars, e.g. topics or volunteers: one row each, labelled on the
 * left. Highlighted rows are drawn in another colour and marked ▲, so colour is
 * never the only sign; `legend` says what the mark means.
 */
export function HorizontalBarChart(props: ChartProps & { legend?: string }) {
  const { id, title, description, data, legend } = props;
  const height = data.length * ROW + PAD * 2;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const { top } = countScale(Math.max(0, ...data.map((datum) => datum.value)));
  return (
    <div className={styles.chart}>
      <div className={styles.scroll}>
        <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {data.map((datum, index) => {
            const y = PAD + index * ROW;
            const width = (datum.value / top) * barSpace;
            return (
              <g key={datum.key}>
                <title>{`${datum.label}: ${datum.value}`}</title>
                <text className={styles.label} x={LABEL_WIDTH - 10} y={y + ROW / 2} dy="0.32em" textAnchor="end">
                  {clip(datum.label, 26)}
                </text>
                <rect
                  className={datum.highlight ? styles.barHighlight : styles.bar}
                  x={LABEL_WIDTH}
                  y={y + 5}
                  width={Math.max(width, datum.value > 0 ? 2 : 0)}
                  height={ROW - 10}
                />
                <text className={styles.value} x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dy="0.32em">
                  {datum.highlight ? `${datum.value} ▲` : datum.value}
                </text>
              </g>
            );
          })}
          <line className={styles.axis} x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={PAD} y2={height - PAD} />
        </svg>
      </div>
      {legend ? <p className={styles.legend}>{legend}</p> : null}
      <ChartTable {...props} />
    </div>
  );
}
