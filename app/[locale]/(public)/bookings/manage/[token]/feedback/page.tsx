import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FeedbackForm, type FeedbackFormLabels } from "@/components/feedback-form";
import { FollowUpChoices } from "@/components/follow-up-choices";
import { startFollowUp, submitFeedback } from "@/lib/feedback/actions";
import { loadFeedbackSession, loadFollowUpTimes } from "@/lib/feedback/loaders";
import { NEXT_STEPS, USEFULNESS_SCORES } from "@/lib/format/feedback";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ useful?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "feedback" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const NOTICES = ["thanks", "already", "choose"] as const;
const isNotice = (done: string | undefined): done is (typeof NOTICES)[number] => NOTICES.includes(done as never);

export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("feedback");
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const session = await loadFeedbackSession(token);
  if (!session) notFound();
  const now = new Date();
  const zone = session.founderTimeZone;
  const mentorName = session.mentor.displayName;
  const took = session.status === "confirmed" || session.status === "held" || session.status === "no_show";
  const over = took && session.endsAt <= now;
  const times = over ? await loadFollowUpTimes(session.mentor, now) : [];
  const notice = isNotice(query.done) ? t(`notices.${query.done}`) : undefined;
  const usefulness = Number(query.useful);
  const usefulnessLabel = (score: number) => (USEFULNESS_SCORES.includes(score as never) ? t(`usefulness.${score as 1}`) : String(score));
  const labels: FeedbackFormLabels = {
    usefulnessLegend: t("form.usefulnessLegend", { mentor: mentorName }),
    usefulness: USEFULNESS_SCORES.map((score) => ({ value: String(score), label: t("form.choice", { score, label: usefulnessLabel(score) }) })),
    nextStepLegend: t("form.nextStepLegend"),
    nextSteps: NEXT_STEPS.map((step) => ({ value: step, label: t(`nextStep.${step}`) })),
    commentLabel: t("form.commentLabel", { mentor: mentorName }),
    commentHint: t("form.commentHint", { mentor: mentorName }),
    quoteConsent: t("form.quoteConsent"),
    sending: t("form.sending"),
    send: t("form.send"),
  };

  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>
          {t.rich("sessionWith", {
            mentor: mentorName,
            when: formatRange(session.startsAt, session.endsAt, zone, locale),
            zone: zoneLabel(zone, session.startsAt),
            time: (chunks) => <time dateTime={session.startsAt.toISOString()}>{chunks}</time>,
            hint: (chunks) => <span className="hint">{chunks}</span>,
          })}
        </p>
        {notice ? (
          <p className="form-alert" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {!over ? (
        <p>
          {took ? t("notOver") : t("notHeld")} <Link href={`/bookings/manage/${token}`}>{t("back")}</Link>
        </p>
      ) : session.feedback ? (
        <section className="section" aria-labelledby="given-title">
          <h2 id="given-title">{t("givenTitle")}</h2>
          <dl className="facts summary">
            <dt>{t("usefulnessTerm")}</dt>
            <dd>{t("usefulnessValue", { score: session.feedback.usefulness, label: usefulnessLabel(session.feedback.usefulness) })}</dd>
            <dt>{t("nextStepTerm")}</dt>
            <dd>{t(`nextStep.${session.feedback.nextStep}`)}</dd>
            {session.feedback.comment ? (
              <>
                <dt>{t("commentTerm", { mentor: mentorName })}</dt>
                <dd>{session.feedback.comment}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : (
        <FeedbackForm
          action={submitFeedback}
          token={token}
          labels={labels}
          usefulness={Number.isInteger(usefulness) && usefulness >= 1 && usefulness <= 5 ? usefulness : undefined}
        />
      )}
      {over ? (
        <FollowUpChoices action={startFollowUp} token={token} mentorName={mentorName} times={times} zone={zone} topics={session.topics} locale={locale} />
      ) : null}
    </div>
  );
}
