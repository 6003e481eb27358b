import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingForm } from "@/components/booking-form";
import { issueFormToken } from "@/lib/antibot/form-token";
import { freshBookingChallenge, submitBooking } from "@/lib/bookings/actions";
import { createBookingChallenge } from "@/lib/bookings/loaders";
import { offeredTimes } from "@/lib/bookings/offered-times";
import { config } from "@/lib/config";
import { COUNTRIES } from "@/lib/format/countries";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadFounderPrefill } from "@/lib/feedback/loaders";
import { loadActiveTopics, loadMentorWithSlots } from "@/lib/mentors/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Book a session", robots: { index: false } };

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ start?: string; tz?: string }> };

export default async function BookPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [found, topics, { zone }, prefill] = await Promise.all([loadMentorWithSlots(slug), loadActiveTopics(), viewerZone(query.tz), loadFounderPrefill()]);
  if (!found) notFound();
  const { mentor, slots } = found;
  const slot = slots.find((candidate) => candidate.startsAt.toISOString() === query.start);

  if (!slot && slots.length === 0) {
    return (
      <div className="container narrow">
        <div className="page-intro">
          <h1>No free times right now</h1>
          <p>
            {mentor.displayName} has no free times at the moment. <Link href="/mentors">Find another mentor</Link>.
          </p>
        </div>
      </div>
    );
  }

  const activeTopicIds = new Set(topics.map((topic) => topic.id));
  const mentorTopicIds = topics.filter((topic) => mentor.topics.some((own) => own.slug === topic.slug)).map((topic) => topic.id);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <p className="eyebrow">
          <Link href={`/mentors/${mentor.slug}`}>{mentor.displayName}</Link>
        </p>
        <h1>Book your session</h1>
        {slot ? (
          <p className="session-summary">
            <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, zone)}</time>
            <br />
            <span className="hint">{zoneLabel(zone, slot.startsAt)}</span>
          </p>
        ) : null}
        <p>
          We will email you a link to confirm. The time is held for you for 30 minutes (without JavaScript, it is yours if it is still free when you confirm).
          No account needed.
        </p>
      </div>
      <BookingForm
        action={submitBooking}
        refreshChallenge={freshBookingChallenge}
        start={slot?.startsAt.toISOString() ?? null}
        // The chosen time has gone (someone booked it, or the link is old): offer the others in the same form.
        alternatives={slot ? undefined : offeredTimes(slots, zone)}
        zone={zone}
        mentorSlug={mentor.slug}
        formToken={issueFormToken(config.secret, mentor.id)}
        challenge={await createBookingChallenge()}
        topics={topics}
        suggestedTopicIds={mentorTopicIds}
        countries={COUNTRIES}
        initialValues={prefill ? { ...prefill, topics: prefill.topics.filter((id) => activeTopicIds.has(id)) } : undefined}
      />
    </div>
  );
}
