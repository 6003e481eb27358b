import type { MailLanguage } from "./language";
import { footerText, renderEmailLayout, type SafeHtml } from "./layout";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const subjectNameLimit = 32;

/**
 * Names come from a public form: keep them on one line and short enough that
 * the subject stays near the 78-character line RFC 5322 recommends.
 */
export function subjectName(name: string): string {
  const oneLine = name.replace(/\s+/g, " ").trim();
  return oneLine.length > subjectNameLimit ? `${oneLine.slice(0, subjectNameLimit - 1).trimEnd()}…` : oneLine;
}

/** Blank-line-separated paragraphs, then the same footer the HTML carries. */
export function renderText(mail: MailLanguage, paragraphs: ReadonlyArray<string | null | false | undefined>): string {
  const body = paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join("\n\n");
  return `${body}\n\n-- \n${footerText(mail)}\n`;
}

/** "Label: value" lines, aligned so they read as a block in a plain-text client. */
export function textDetails(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`).join("\n");
}

/** The founder's message in plain text, each line marked as quoted. */
export function textQuote(message: string): string {
  return message
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

export function renderEmail(mail: MailLanguage, subject: string, layout: { preheader: string; heading: string; body: SafeHtml }, text: string): RenderedEmail {
  return { subject, text, html: renderEmailLayout(mail, layout) };
}
