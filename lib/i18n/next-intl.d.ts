import type en from "./messages/en.json";
import type { Locale } from "./languages";

// English is the reference: a key used in code but missing from en.json fails
// the type check; tests/unit/messages.test.ts holds the other files to it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
