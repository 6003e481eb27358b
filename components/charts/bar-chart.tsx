import { ChartTable, type ChartProps } from "./chart-table";
import styles from "./charts.module.css";
import { countScale, labelEvery } from "./scale";

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 20, right: 8, bottom: 36, left: 44 };

/** Vertical bars, e.g. sessions per week: server-rendered SVG with its table beneath. */
export function BarChart(props: ChartProps) {
  const { id, title, description, data } = props;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const baseline = MARGIN.top + plotHeight;
  const { top, ticks } = countScale(Math.max(0, ...data.map((datum) => datum.value)));
  const y = (value: number) => baseline - (value / top) * plotHeight;
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.max(2, slot * 0.7);
  const every = labelEvery(data.length, 12);
  return (
    <div className={styles.chart}>
      <div className={styles.scroll}>
        <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line className={styles.grid} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text className={styles.tick} x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          {data.map((datum, index) => {
            const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
            const middle = x + barWidth / 2;
            return (
              <g key={datum.key}>
                <rect
                  className={datum.highlight ? styles.barHighlight : styles.bar}
                  x={x}
                  y={y(datum.value)}
                  width={barWidth}
                  height={baseline - y(datum.value)}
                >
                  <title>{`${datum.label}: ${datum.value}`}</title>
                </rect>
                {datum.value > 0 && data.length <= 16 ? (
                  <text className={styles.value} x={middle} y={y(datum.value) - 5} textAnchor="middle">
                    {datum.value}
                  </text>
                ) : null}
                {index % every === 0 ? (
                  <text className={styles.axisLabel} x={middle} y={baseline + 20} textAnchor="middle">
                    {datum.shortLabel ?? datum.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line className={styles.axis} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={baseline} y2={baseline} />
        </svg>
      </div>
      <ChartTable {...props} />
    </div>
  );
}
