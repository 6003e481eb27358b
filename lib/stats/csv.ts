export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, per RFC 4180: quoted when it holds a comma, quote or line break,
 * with quotes doubled. Text that a spreadsheet would run as a formula gets a
 * leading apostrophe; numbers are written as they are, so -3 stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map(csvRow).join("");
}

/** Lets Excel read the file as UTF-8; other readers skip it. */
export const CSV_BOM = "\uFEFF";
