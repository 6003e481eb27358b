import type { Metadata, Route } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MentorProfile } from "@/components/mentor-profile";
import { parseDaytimeWindow } from "@/lib/format/daytime-window";
import { canonicalTimeZone } from "@/lib/format/zones";
import { mentorTimesPath } from "@/lib/http/daytime-window";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localisedPath } from "@/lib/i18n/paths";
import { loadMentorWithSlots } from "@/lib/mentors/loaders";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; zone: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const found = await loadMentorWithSlots(slug, locale);
  if (!found) return {};
  return { title: found.mentor.displayName, alternates: { canonical: localisedPath(locale, `/mentors/${slug}`) }, robots: { index: false } };
}

export default async function MentorInZonePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, zone: segments } = await params;
  // A last segment such as "08-21" is the visitor's daytime window: one cached page per zone and window.
  const window = parseDaytimeWindow(segments.at(-1));
  let requested: string;
  try {
    requested = (window ? segments.slice(0, -1) : segments).map(decodeURIComponent).join("/");
  } catch {
    notFound();
  }
  const zone = canonicalTimeZone(requested);
  if (!zone) notFound();
  // One cached page per zone, whatever spelling or old name was asked for.
  if (zone !== requested) permanentRedirect(localisedPath(locale, mentorTimesPath(encodeURIComponent(slug), zone, window)) as Route);
  const found = await loadMentorWithSlots(slug, locale);
  if (!found) notFound();
  return <MentorProfile {...found} zone={zone} explicitZone window={window} locale={locale} />;
}
