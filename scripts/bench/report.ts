export const integer = (value: number) => Math.round(value).toLocaleString("en-GB");
export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "–");
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const percent = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : "–");
export const seconds = (value: number) => `${value.toFixed(1)} s`;
export const verdict = (met: boolean) => (met ? "met" : "NOT met");

/** A plain-text table with aligned columns; numbers (anything starting with a digit) align right. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (/^[\d–-]/.test(cell) && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function heading(title: string) {
  console.log(`\n== ${title} ${"=".repeat(Math.max(0, 72 - title.length))}`);
}
