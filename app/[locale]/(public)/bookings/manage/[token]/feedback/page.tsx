import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedbackForm } from "@/components/feedback-form";
import { FollowUpChoices } from "@/components/follow-up-choices";
import { startFollowUp, submitFeedback } from "@/lib/feedback/actions";
import { loadFeedbackSession, loadFollowUpTimes } from "@/lib/feedback/loaders";
import { NEXT_STEP_LABELS, usefulnessLabel } from "@/lib/format/feedback";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "How did it go?", robots: { index: false } };

const notices: Record<string, string> = {
  thanks: "Thank you. Your feedback is with your mentor and the programme.",
  already: "You had already told us how it went: thank you. Your first answer stands.",
  choose: "Please choose a time first.",
};

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ useful?: string; done?: string }> };

export default async function FeedbackPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const session = await loadFeedbackSession(token);
  if (!session) notFound();
  const now = new Date();
  const zone = session.founderTimeZone;
  const mentorName = session.mentor.displayName;
  const took = session.status === "confirmed" || session.status === "held" || session.status === "no_show";
  const over = took && session.endsAt <= now;
  const times = over ? await loadFollowUpTimes(session.mentor, now) : [];
  const notice = query.done ? notices[query.done] : undefined;
  const usefulness = Number(query.useful);

  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>How did it go?</h1>
        <p>
          Your session with {mentorName}, <time dateTime={session.startsAt.toISOString()}>{formatRange(session.startsAt, session.endsAt, zone)}</time>{" "}
          <span className="hint">({zoneLabel(zone, session.startsAt)})</span>.
        </p>
        {notice ? (
          <p className="form-alert" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {!over ? (
        <p>
          {took ? "You can tell us how it went once the session is over." : "This session did not take place, so there is nothing to rate."}{" "}
          <Link href={`/bookings/manage/${token}`}>Back to your session</Link>
        </p>
      ) : session.feedback ? (
        <section className="section" aria-labelledby="given-title">
          <h2 id="given-title">What you told us</h2>
          <dl className="facts summary">
            <dt>Usefulness</dt>
            <dd>
              {session.feedback.usefulness} of 5 ({usefulnessLabel(session.feedback.usefulness)})
            </dd>
            <dt>What happens next</dt>
            <dd>{NEXT_STEP_LABELS[session.feedback.nextStep]}</dd>
            {session.feedback.comment ? (
              <>
                <dt>Your words for {mentorName}</dt>
                <dd>{session.feedback.comment}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : (
        <FeedbackForm
          action={submitFeedback}
          token={token}
          mentorName={mentorName}
          usefulness={Number.isInteger(usefulness) && usefulness >= 1 && usefulness <= 5 ? usefulness : undefined}
        />
      )}
      {over ? <FollowUpChoices action={startFollowUp} token={token} mentorName={mentorName} times={times} zone={zone} topics={session.topics} /> : null}
    </div>
  );
}
