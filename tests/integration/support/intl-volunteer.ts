// next-intl/server outside a request: an action's getTranslations answers from
// the messages files, in English unless the call names a language. A test file
// wires it with:
//
//   vi.mock("next-intl/server", () => import("./support/intl-volunteer").then((m) => m.nextIntlServer));
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import ja from "@/lib/i18n/messages/ja.json";
import { pickLocale } from "@/lib/i18n/languages";

const messages = { en, es, ja } as const;

type Options = string | { locale?: string; namespace?: string } | undefined;

export const nextIntlServer = {
  getTranslations: async (options: Options) => {
    const { locale, namespace } = typeof options === "string" ? { locale: "en", namespace: options } : { locale: options?.locale ?? "en", ...options };
    const chosen = pickLocale(locale);
    return createTranslator({ locale: chosen, messages: messages[chosen] as typeof en, namespace: namespace as never });
  },
  getLocale: async () => "en",
  getMessages: async () => en,
  getTimeZone: async () => "UTC",
  setRequestLocale: () => {},
};
