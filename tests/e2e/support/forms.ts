import type { APIRequestContext, APIResponse } from "@playwright/test";

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'", "&#39;": "'" };
const decode = (value: string) => value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (entity) => entities[entity]!);

/**
 * The hidden fields of the `index`th form in a page's content (its <main>, not
 * the header's language menu), as a browser without JavaScript would send them
 * (React's server-action fields included).
 */
export function hiddenFields(html: string, index = 0): Record<string, string> {
  const content = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  const forms = [...content.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)];
  const form = forms[index]?.[1];
  if (form === undefined) throw new Error(`no form #${index} on the page`);
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = input[0];
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return fields;
}

/** Loads `path`, fills its form like a browser without JavaScript and posts it; the answer is not followed. */
export async function postNoScriptForm(
  request: APIRequestContext,
  path: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
  formIndex = 0,
): Promise<APIResponse> {
  const page = await request.get(path, { headers });
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...hiddenFields(await page.text(), formIndex), ...fields })) {
    for (const one of ([] as string[]).concat(value)) form.append(name, one);
  }
  return request.post(path, { multipart: form, headers, maxRedirects: 0 });
}
