import { beforeAll, describe, expect, it } from "vitest";
import { mailLanguage, type MailLanguage } from "./language";
import { footerText, SafeHtml, detailsTable, emailButton, emailLink, escapeHtml, html, quotedText, renderEmailLayout } from "./layout";

const hostile = `<script>alert("x")</script> & 'quoted' \`tick\``;

describe("html", () => {
  it("escapes every interpolated string", () => {
    expect(html`<p>${hostile}</p>`.toString()).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &#96;tick&#96;</p>");
  });

  it("escapes inside attributes so values cannot break out", () => {
    expect(html`<a title="${`" onmouseover="x`}">`.toString()).toBe('<a title="&quot; onmouseover=&quot;x">');
  });

  it("keeps nested html results, and only those, as markup", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${"<b>"}</p>`.toString()).toBe("<p><b>&lt;i&gt;</b>&lt;b&gt;</p>");
  });

  it("joins arrays and drops null, undefined and booleans", () => {
    expect(html`${["<a>", html`<br>`, 3]}${null}${undefined}${false}${true}`.toString()).toBe("&lt;a&gt;<br>3");
  });

  it("cannot be fooled by a look-alike object or a hand-made SafeHtml", () => {
    const fake = { toString: () => "<script>" } as unknown as string;
    expect(html`${fake}`.toString()).toBe("&lt;script&gt;");
    expect(() => new SafeHtml("<script>", Symbol("SafeHtml"))).toThrow();
  });

  it("escapes ampersands once", () => {
    expect(escapeHtml("a &amp; b")).toBe("a &amp;amp; b");
  });
});

let english: MailLanguage;
beforeAll(async () => {
  english = await mailLanguage("en");
});

describe("pieces", () => {
  it("writes a button's URL out in full beside it", () => {
    const button = emailButton(english, "Confirm", "https://candle.example/c?a=1&b=2").toString();
    expect(button).toContain('href="https://candle.example/c?a=1&amp;b=2"');
    expect(button).toContain(">https://candle.example/c?a=1&amp;b=2</a>");
  });

  it("does not link URLs that are not web addresses", () => {
    expect(emailLink("javascript:alert(1)").toString()).toBe("javascript:alert(1)");
    expect(emailButton(english, "Join", "javascript:alert(1)").toString()).not.toContain("href");
  });

  it("keeps line breaks in quoted text without trusting it", () => {
    expect(quotedText("one\r\n<two>\nthree").toString()).toContain("one<br>&lt;two&gt;<br>three</blockquote>");
  });

  it("labels detail rows as row headers", () => {
    expect(detailsTable([["When", "<soon>"]]).toString()).toMatch(/<th scope="row"[^>]*>When<\/th><td[^>]*>&lt;soon&gt;<\/td>/);
  });
});

describe("renderEmailLayout", () => {
  let page: string;
  beforeAll(() => {
    page = renderEmailLayout(english, {
      preheader: "Preview <line>",
      heading: "Hello & welcome",
      body: html`<p>Body</p>`,
    });
  });

  it("is a complete English document with a charset", () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en"/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain("<title>Hello &amp; welcome</title>");
    expect(page).toContain("<h1");
    expect(page).toContain("<p>Body</p>");
    expect(page.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("hides the preheader but keeps its text", () => {
    expect(page).toMatch(/<div style="display:none;[^"]*">Preview &lt;line&gt;/);
  });

  it("keeps to one column of at most 600px and uses only inline styles", () => {
    expect(page).toContain("max-width:600px");
    expect(page).not.toContain("<style");
    expect(page).not.toContain("<link");
  });

  it("carries the footer", () => {
    expect(page).toContain(footerText(english));
    expect(footerText(english)).toBe(
      "Candle — free office hours with experienced co-operators. You are getting this because of a session booked, or an account held, with this address.",
    );
  });

  it("is written in the recipient's language, and says so", async () => {
    const japanese = await mailLanguage("ja");
    const inJapanese = renderEmailLayout(japanese, { preheader: "p", heading: "h", body: html`<p>b</p>` });
    expect(inJapanese).toMatch(/^<!DOCTYPE html>\n<html lang="ja"/);
    expect(inJapanese).toContain(footerText(japanese));
    expect(emailButton(japanese, "確定", "https://candle.example/x").toString()).toContain("またはこちらのリンクを開いてください");
  });

  it("loads nothing remote: no images, scripts, fonts or URLs", () => {
    expect(page).not.toMatch(/<img|<script|@import|url\(|https?:/i);
  });
});
