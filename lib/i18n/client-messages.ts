import type { Messages } from "next-intl";
import type { Locale } from "./languages";
import { loadMessages } from "./messages";

/**
 * The only namespaces sent to the browser: those its client components read.
 * Everything else is rendered on the server, so a page ships none of it.
 */
export const CLIENT_NAMESPACES = ["languageMenu", "forms"] as const satisfies readonly (keyof Messages)[];

export async function clientMessages(locale: Locale): Promise<Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>> {
  const all = await loadMessages(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
