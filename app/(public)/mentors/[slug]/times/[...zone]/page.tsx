import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MentorProfile } from "@/components/mentor-profile";
import { currentZoneName } from "@/lib/format/zone-names";
import { isTimeZone } from "@/lib/format/zones";
import { loadMentorWithSlots } from "@/lib/mentors/loaders";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; zone: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await loadMentorWithSlots(slug);
  if (!found) return {};
  return { title: found.mentor.displayName, alternates: { canonical: `/mentors/${slug}` }, robots: { index: false } };
}

export default async function MentorInZonePage({ params }: Props) {
  const { slug, zone: segments } = await params;
  let requested: string;
  try {
    requested = segments.map(decodeURIComponent).join("/");
  } catch {
    notFound();
  }
  if (!isTimeZone(requested)) notFound();
  const zone = currentZoneName(requested);
  const found = await loadMentorWithSlots(slug);
  if (!found) notFound();
  return <MentorProfile {...found} zone={zone} explicitZone />;
}
