import type { Metadata } from "next";
import { LOCALES, type Locale } from "./i18n/languages";
import { localisedPath } from "./i18n/paths";

/** The preview image shared links show (Mastodon and others); served from public/. */
export const SHARE_IMAGE = { url: "/og.png", width: 1200, height: 630 };

/**
 * A founder's page in its language, and the same page in every other (hreflang
 * alternates; English, unprefixed, is also the default for everyone else).
 */
export function languageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((other) => [other, localisedPath(other, path)]));
  return { canonical: localisedPath(locale, path), languages: { ...languages, "x-default": localisedPath("en", path) } };
}

/** OpenGraph and card tags for a page people share. Child pages replace these whole, so each page passes its own. */
export function shareMetadata({
  title,
  description,
  path,
  locale,
  imageAlt,
  type = "website",
}: {
  title: string;
  description: string;
  path: string;
  locale: Locale;
  imageAlt: string;
  type?: "website" | "profile";
}): Metadata {
  const url = localisedPath(locale, path);
  return {
    alternates: languageAlternates(locale, path),
    openGraph: { title, description, url, type, siteName: "Candle", locale, images: [{ ...SHARE_IMAGE, alt: imageAlt }] },
    twitter: { card: "summary_large_image", title, description, images: [SHARE_IMAGE.url] },
  };
}
