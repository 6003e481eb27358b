import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MentorProfile } from "@/components/mentor-profile";
import { canonicalTimeZone } from "@/lib/format/zones";
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
  const zone = canonicalTimeZone(requested);
  if (!zone) notFound();
  // One cached page per zone, whatever spelling or old name was asked for.
  if (zone !== requested) permanentRedirect(`/mentors/${encodeURIComponent(slug)}/times/${zone}`);
  const found = await loadMentorWithSlots(slug);
  if (!found) notFound();
  return <MentorProfile {...found} zone={zone} explicitZone />;
}
