// Just enough HTML reading for pages React renders: double-quoted attributes, escaped text.

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1]?.toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export type Attributes = Record<string, string>;

function attributesOf(tag: string): Attributes {
  const attributes: Attributes = {};
  for (const [, name, value] of tag.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) attributes[name!.toLowerCase()] = decodeEntities(value ?? "");
  return attributes;
}

export function tags(html: string, name: string): Attributes[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))].map(([tag]) => attributesOf(tag));
}

/** The first <form> whose markup contains `marker`, with its opening tag's attributes. */
export function findForm(html: string, marker: string): { attributes: Attributes; html: string } | null {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    if (form.includes(marker)) return { attributes: attributesOf(/^<form\b[^>]*>/i.exec(form)![0]), html: form };
  }
  return null;
}

export function scriptSources(html: string): string[] {
  return [...new Set(tags(html, "script").flatMap((script) => (script.src ? [script.src] : [])))];
}

/**
 * The app's JavaScript files a page loads: its `<script src>` and the scripts it
 * preloads (`<link rel="preload" as="script">`, `modulepreload`), those served
 * from /_next/static only, each once.
 */
export function staticScriptFiles(html: string): string[] {
  const preloaded = tags(html, "link").flatMap((link) => {
    const rel = (link.rel ?? "").toLowerCase().split(/\s+/);
    return link.href && (rel.includes("modulepreload") || (rel.includes("preload") && link.as === "script")) ? [link.href] : [];
  });
  // The same file named twice (a preload and its script, one absolute) is one file.
  const files = [...scriptSources(html), ...preloaded]
    .map((src) => new URL(src, "http://app.invalid"))
    .filter((url) => url.pathname.startsWith("/_next/static/"));
  return [...new Set(files.map((url) => url.pathname + url.search))];
}

/** The text of the first element with role="alert", for explaining a refused form. */
export function alertText(html: string): string | undefined {
  const match = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return match ? decodeEntities(match[1]!.replace(/<[^>]+>/g, "")).trim() : undefined;
}

/** The React Server Components payload the page carries inline (`self.__next_f.push([1, "…"])`). */
export function flightData(html: string): string {
  let data = "";
  for (const [, literal] of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) data += JSON.parse(literal!) as string;
  return data;
}

/** Parses the JSON object that follows `"key":` in `text` (the first occurrence). */
export function jsonObjectAfter(text: string, key: string): unknown {
  const marker = `"${key}":{`;
  const start = text.indexOf(marker);
  if (start < 0) return undefined;
  const open = start + marker.length - 1;
  let depth = 0;
  let inString = false;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return JSON.parse(text.slice(open, index + 1));
  }
  return undefined;
}
