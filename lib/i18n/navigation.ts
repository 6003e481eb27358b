import { createNavigation } from "next-intl/navigation";
import type { Locale } from "./languages";
import { routing } from "./routing";

/** Links and redirects that keep the founder's language in the address. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);

/** An action's redirect to one of the founder's pages ("/my-data/view"), in the language they are reading. */
export function redirectInLanguage(path: string, locale: Locale): never {
  return redirect({ href: path, locale });
}
