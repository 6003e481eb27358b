import type { Metadata } from "next";

/** The preview image shared links show (Mastodon and others); served from public/. */
export const SHARE_IMAGE = { url: "/og.png", width: 1200, height: 630, alt: "Candle: a free hour with someone who has built a worker co-op" };

/** OpenGraph and card tags for a page people share. Child pages replace these whole, so each page passes its own. */
export function shareMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "profile";
}): Metadata {
  return {
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, siteName: "Candle", images: [SHARE_IMAGE] },
    twitter: { card: "summary_large_image", title, description, images: [SHARE_IMAGE.url] },
  };
}
