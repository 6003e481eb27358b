import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./charts.module.css";

export interface ChartDatum {
  key: string;
  label: string;
  /** Shown under a column instead of the full label (the table and the tooltip have that). */
  shortLabel?: string;
  value: number;
  highlight?: boolean;
  /** Further cells for the table, after the value. */
  extra?: ReactNode[];
}

export interface ChartProps {
  /** Unique on the page: prefixes the ids the chart is labelled by. */
  id: string;
  title: string;
  /** A sentence or two saying what the chart shows, read out with it. */
  description: string;
  labelHeading: string;
  valueHeading: string;
  extraHeadings?: string[];
  data: ChartDatum[];
}

/** The chart's figures as a table, folded away until asked for; works without JavaScript. */
export function ChartTable({ title, labelHeading, valueHeading, extraHeadings = [], data }: ChartProps) {
  const t = useTranslations("charts");
  return (
    <details className={styles.details}>
      <summary>{t("showTable", { title })}</summary>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col" className={styles.number}>
                {valueHeading}
              </th>
              {extraHeadings.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td className={styles.number}>{datum.value}</td>
                {(datum.extra ?? []).map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
