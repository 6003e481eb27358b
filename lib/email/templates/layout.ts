import type { MailLanguage } from "./language";

/** Markup that `html` will insert as is: only `html` itself makes these. */
export class SafeHtml {
  readonly #markup: string;

  constructor(markup: string, token: symbol) {
    if (token !== constructionToken) throw new Error("SafeHtml is only made by the html template tag");
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

const constructionToken = Symbol("SafeHtml");

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (character) => escapes[character] ?? character);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/**
 * Escapes every interpolated value except nested `html` results; arrays are
 * joined, and null, undefined and booleans render as nothing so that
 * `${condition && html`…`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(markup, constructionToken);
}

export const colours = {
  ink: "#2b2118",
  inkSoft: "#5b4a3a",
  paper: "#fffaf3",
  card: "#ffffff",
  line: "#e6d9c7",
  accent: "#7a3e00",
} as const;

/** The line at the foot of every email, in HTML and in text. */
export function footerText({ t }: MailLanguage): string {
  return t("layout.footer");
}

const fontStack = html`-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif`;

/**
 * Only web links become links: a mentor-entered "javascript:" or odd scheme is
 * shown as text rather than handed to the reader's mail client to follow.
 */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A full-width-on-mobile call to action; the URL is also written out below it. */
export function emailButton({ t }: MailLanguage, label: string, url: string): SafeHtml {
  if (!isWebUrl(url)) return html`<p style="margin:0 0 16px;">${label}: ${url}</p>`;
  return html`<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:8px 0 8px;">
<tr><td style="border-radius:8px;background:${colours.accent};">
<a href="${url}" style="display:inline-block;padding:14px 28px;font-size:17px;font-weight:bold;line-height:1.2;color:#ffffff;text-decoration:none;border-radius:8px;background:${colours.accent};">${label}</a>
</td></tr></table>
<p style="margin:0 0 20px;font-size:13px;line-height:1.5;color:${colours.inkSoft};word-break:break-all;">${t("layout.orOpen")} ${emailLink(url)}</p>`;
}

/** An inline link whose visible text is the URL itself unless a label is given. */
export function emailLink(url: string, label?: string): SafeHtml {
  if (!isWebUrl(url)) return html`${label ? `${label} (${url})` : url}`;
  return html`<a href="${url}" style="color:${colours.accent};text-decoration:underline;">${label ?? url}</a>`;
}

export function paragraph(content: HtmlValue): SafeHtml {
  return html`<p style="margin:0 0 16px;">${content}</p>`;
}

/** Label/value rows, e.g. "When" / "Tuesday 3 March 2026, 18:00–19:00 …". */
export function detailsTable(rows: ReadonlyArray<readonly [string, HtmlValue]>): SafeHtml {
  return html`<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%" style="margin:0 0 20px;border-collapse:collapse;">
${rows.map(
  ([label, value]) =>
    html`<tr><th scope="row" align="left" valign="top" style="padding:8px 12px 8px 0;width:30%;font-weight:bold;border-top:1px solid ${colours.line};">${label}</th><td valign="top" style="padding:8px 0;border-top:1px solid ${colours.line};">${value}</td></tr>
`,
)}</table>`;
}

/** The founder's own words, escaped, with their line breaks kept. */
export function quotedText(text: string): SafeHtml {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return html`<blockquote style="margin:0 0 20px;padding:12px 16px;border-left:4px solid ${colours.line};background:${colours.paper};color:${colours.ink};">${lines.map(
    (line, index) => (index === 0 ? html`${line}` : html`<br>${line}`),
  )}</blockquote>`;
}

export function bulletList(items: readonly string[]): SafeHtml {
  return html`<ul style="margin:0 0 16px;padding-left:24px;">${items.map((item) => html`<li style="margin:0 0 6px;">${item}</li>`)}</ul>`;
}

export interface EmailLayout {
  /** The line mail clients show after the subject; not visible in the message. */
  preheader: string;
  heading: string;
  body: SafeHtml;
}

// Zero-width fillers stop clients from padding the preview with body text.
const previewFiller = html`${Array.from({ length: 40 }, () => html`&#8199;&#847;`)}`;

export function renderEmailLayout(mail: MailLanguage, { preheader, heading, body }: EmailLayout): string {
  return html`<!DOCTYPE html>
<html lang="${mail.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${heading}</title>
</head>
<body style="margin:0;padding:0;background:${colours.paper};color:${colours.ink};font-family:${fontStack};">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:${colours.paper};">${preheader}${previewFiller}</div>
<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%" style="background:${colours.paper};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%" style="max-width:600px;background:${colours.card};border:1px solid ${colours.line};border-radius:10px;">
<tr><td style="padding:28px 28px 8px;font-family:${fontStack};font-size:16px;line-height:1.6;color:${colours.ink};">
<p style="margin:0 0 16px;font-size:15px;font-weight:bold;letter-spacing:0.02em;color:${colours.accent};">Candle</p>
<h1 style="margin:0 0 20px;font-size:24px;line-height:1.3;font-weight:bold;color:${colours.ink};">${heading}</h1>
${body}
</td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid ${colours.line};font-family:${fontStack};font-size:13px;line-height:1.5;color:${colours.inkSoft};">
${footerText(mail)}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.toString();
}
