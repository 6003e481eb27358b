import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MentorProfile } from "@/components/mentor-profile";
import { config } from "@/lib/config";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadMentorWithSlots } from "@/lib/mentors/loaders";
import { shareMetadata } from "@/lib/seo";

// Served from cache; a booking or availability change revalidates it at once on
// every instance (its mentor:<slug> tag); failing that, it re-renders after this many seconds.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const found = await loadMentorWithSlots((await params).slug, locale);
  if (!found) return {};
  const { mentor } = found;
  const t = await getTranslations({ locale, namespace: "mentorProfile" });
  const title = t("metaTitle", { name: mentor.displayName });
  return {
    title,
    description: mentor.headline,
    ...shareMetadata({ title, description: mentor.headline, path: `/mentors/${mentor.slug}`, locale, imageAlt: title, type: "profile" }),
  };
}

export default async function MentorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const found = await loadMentorWithSlots((await params).slug, locale);
  if (!found) notFound();
  return <MentorProfile {...found} zone={config.defaultTimeZone} explicitZone={false} locale={locale} />;
}
