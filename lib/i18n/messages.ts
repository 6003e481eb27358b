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

const translators = new Map<string, unknown>();

/**
 * A translator outside any request, for mail, invites and background jobs: each
 * message is written in its recipient's language, whoever's request sent it.
 * One per language and namespace for the process, so each message is compiled
 * once rather than for every email (about a quarter of the cost of writing one).
 */
export async function translatorFor<Namespace extends MessageNamespace>(locale: Locale, namespace: Namespace) {
  const key = `${locale}|${namespace}`;
  const known = translators.get(key) as ReturnType<typeof createTranslator<Messages, Namespace>> | undefined;
  if (known) return known;
  const translator = createTranslator<Messages, Namespace>({ locale, messages: await loadMessages(locale), namespace });
  translators.set(key, translator);
  return translator;
}

type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
