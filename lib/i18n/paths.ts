import { DEFAULT_LOCALE, isLocale, type Locale } from "./languages";

// Browser-safe: the language menu computes its links with these.

/** "/es/mentors/ana" → "/mentors/ana"; paths with no language come back as given. */
export function unlocalisedPath(path: string): string {
  const [, first, ...rest] = path.split("/");
  return isLocale(first) ? `/${rest.join("/")}` : path;
}

/**
 * A founder's page in a language: English unprefixed. `explicit` prefixes English
 * too, for a link that switches to it: the prefixed address stores the choice and
 * redirects to the plain one.
 */
export function localisedPath(locale: Locale, path: string, { explicit = false } = {}): string {
  if (locale === DEFAULT_LOCALE && !explicit) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
