import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingForm } from "@/components/booking-form";
import { SlotList } from "@/components/slot-list";
import { issueFormToken } from "@/lib/antibot/form-token";
import { createChallenge } from "@/lib/antibot/proof-of-work";
import { submitBooking } from "@/lib/bookings/actions";
import { config } from "@/lib/config";
import { COUNTRIES } from "@/lib/format/countries";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadActiveTopics, loadMentorWithSlots } from "@/lib/mentors/loaders";

export const metadata: Metadata = { title: "Book a session", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ start?: string; tz?: string }> };

export default async function BookPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [found, topics, { zone }] = await Promise.all([loadMentorWithSlots(slug), loadActiveTopics(), viewerZone(query.tz)]);
  if (!found) notFound();
  const { mentor, slots, generatedAt } = found;
  const slot = slots.find((candidate) => candidate.startsAt.toISOString() === query.start);

  if (!slot) {
    return (
      <div className="container narrow">
        <div className="page-intro">
          <h1>That time is no longer free</h1>
          <p>Someone may have just booked it. Here are {mentor.displayName}&apos;s other free times, in {zoneLabel(zone, generatedAt)}.</p>
        </div>
        {slots.length ? (
          <SlotList slots={slots} zone={zone} bookPath={`/mentors/${mentor.slug}/book`} />
        ) : (
          <p className="empty-state">
            {mentor.displayName} has no free times right now. <Link href="/mentors">Find another mentor</Link>.
          </p>
        )}
      </div>
    );
  }

  const mentorTopicIds = topics.filter((topic) => mentor.topics.some((own) => own.slug === topic.slug)).map((topic) => topic.id);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <p className="eyebrow">
          <Link href={`/mentors/${mentor.slug}`}>{mentor.displayName}</Link>
        </p>
        <h1>Book your session</h1>
        <p className="session-summary">
          <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, zone)}</time>
          <br />
          <span className="hint">{zoneLabel(zone, slot.startsAt)}</span>
        </p>
        <p>
          We will email you a link to confirm. The time is held for you for 30 minutes. No account needed.
        </p>
      </div>
      <BookingForm
        action={submitBooking}
        start={slot.startsAt.toISOString()}
        zone={zone}
        mentorSlug={mentor.slug}
        formToken={issueFormToken(config.secret, mentor.id)}
        challenge={await createChallenge(config.secret)}
        topics={topics}
        suggestedTopicIds={mentorTopicIds}
        countries={COUNTRIES}
      />
    </div>
  );
}
