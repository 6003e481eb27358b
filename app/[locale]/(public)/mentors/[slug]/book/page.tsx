import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BookingForm, type BookingFormLabels } from "@/components/booking-form";
import { issueFormToken } from "@/lib/antibot/form-token";
import { freshBookingChallenge, submitBooking } from "@/lib/bookings/actions";
import { MAX_CO_FOUNDERS, MESSAGE_MAX } from "@/lib/bookings/constants";
import { createBookingChallenge } from "@/lib/bookings/loaders";
import { offeredTimes } from "@/lib/bookings/offered-times";
import { config } from "@/lib/config";
import { COOP_STAGES, coopStageLabel } from "@/lib/format/coop-stages";
import { countries } from "@/lib/format/countries";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadFounderPrefill } from "@/lib/feedback/loaders";
import { pickLocale } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import { loadActiveTopics, loadMentorWithSlots } from "@/lib/mentors/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ start?: string; tz?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pickLocale((await params).locale), namespace: "booking.page" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function BookPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [found, topics, { zone }, prefill, t] = await Promise.all([
    loadMentorWithSlots(slug),
    loadActiveTopics(),
    viewerZone(query.tz),
    loadFounderPrefill(),
    getTranslations("booking.page"),
  ]);
  if (!found) notFound();
  const { mentor, slots } = found;
  const slot = slots.find((candidate) => candidate.startsAt.toISOString() === query.start);

  if (!slot && slots.length === 0) {
    return (
      <div className="container narrow">
        <div className="page-intro">
          <h1>{t("noTimesTitle")}</h1>
          <p>{t.rich("noTimesBody", { mentor: mentor.displayName, link: (chunks) => <Link href="/mentors">{chunks}</Link> })}</p>
        </div>
      </div>
    );
  }

  const [form, stageWords] = await Promise.all([getTranslations("booking.form"), getTranslations("coopStages")]);
  const labels: BookingFormLabels = {
    timeGone: form("timeGone"),
    chooseAnotherTime: form("chooseAnotherTime"),
    name: form("name"),
    email: form("email"),
    emailHint: form("emailHint"),
    coFounders: form("coFounders"),
    coFoundersHint: form("coFoundersHint", { max: MAX_CO_FOUNDERS }),
    country: form("country"),
    chooseCountry: form("chooseCountry"),
    topics: form("topics"),
    stage: form("stage"),
    message: form("message"),
    messageHint: form("messageHint", { max: MESSAGE_MAX }),
    consent: form("consent"),
    submit: form("submit"),
    submitting: form("submitting"),
  };
  const activeTopicIds = new Set(topics.map((topic) => topic.id));
  const mentorTopicIds = topics.filter((topic) => mentor.topics.some((own) => own.slug === topic.slug)).map((topic) => topic.id);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <p className="eyebrow">
          <Link href={`/mentors/${mentor.slug}`}>{mentor.displayName}</Link>
        </p>
        <h1>{t("title")}</h1>
        {slot ? (
          <p className="session-summary">
            <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, zone, locale)}</time>
            <br />
            <span className="hint">{zoneLabel(zone, slot.startsAt)}</span>
          </p>
        ) : null}
        <p>{t("intro")}</p>
      </div>
      <BookingForm
        action={submitBooking}
        refreshChallenge={freshBookingChallenge}
        start={slot?.startsAt.toISOString() ?? null}
        // The chosen time has gone (someone booked it, or the link is old): offer the others in the same form.
        alternatives={slot ? undefined : offeredTimes(slots, zone, locale)}
        zone={zone}
        mentorSlug={mentor.slug}
        formToken={issueFormToken(config.secret, mentor.id)}
        challenge={await createBookingChallenge()}
        topics={topics}
        suggestedTopicIds={mentorTopicIds}
        countries={countries(locale)}
        stages={COOP_STAGES.map((stage) => ({ value: stage, label: coopStageLabel(stage, stageWords) }))}
        labels={labels}
        initialValues={prefill ? { ...prefill, topics: prefill.topics.filter((id) => activeTopicIds.has(id)) } : undefined}
      />
    </div>
  );
}
