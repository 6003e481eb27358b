import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { LANGUAGES, type Locale } from "./languages";

const loaded = new Map<Locale, Promise<Messages>>();

/** One language's messages, read once per process. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = LANGUAGES[locale].load().then((module) => module.default as Messages);
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * A translator outside any request, for mail, invites and background jobs: each
 * message is written in its recipient's language, whoever's request sent it.
 */
export async function translatorFor<Namespace extends MessageNamespace>(locale: Locale, namespace: Namespace) {
  return createTranslator<Messages, Namespace>({ locale, messages: await loadMessages(locale), namespace });
}

type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
