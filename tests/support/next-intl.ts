// next-intl's server functions for a server action called outside a request: the
// request's language is whatever the test says the founder's page was in, and
// translators are made from the real messages. A test file wires them with:
//
//   vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
//
// and calls speak("es") for a request from a Spanish page (newRequest-style: each test sets its own).

import { createFormatter, createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/messages";

let current: Locale = DEFAULT_LOCALE;

/** The language of the simulated request from now on (a page under /es/… is "es"). */
export function speak(locale: Locale) {
  current = locale;
}

type Options = string | { locale?: Locale; namespace?: string } | undefined;

function resolve(options: Options): { locale: Locale; namespace?: string } {
  if (typeof options === "object") return { locale: options.locale ?? current, namespace: options.namespace };
  return { locale: current, namespace: options };
}

export const nextIntlServer = {
  getLocale: async () => current,
  setRequestLocale: (locale: Locale) => speak(locale),
  getMessages: async (options?: { locale?: Locale }) => loadMessages(options?.locale ?? current),
  getTranslations: async (options?: Options) => {
    const { locale, namespace } = resolve(options);
    return createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never });
  },
  getFormatter: async (options?: { locale?: Locale }) => createFormatter({ locale: options?.locale ?? current }),
  getTimeZone: async () => "UTC",
};
