import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { COOP_STAGES } from "@/lib/format/coop-stages";
import { formatClockTime, formatRange, zoneLabel } from "@/lib/format/time";
import { USEFULNESS_SCORES } from "@/lib/format/feedback";
import { countryName } from "@/lib/format/names";
import { pickLocale } from "@/lib/i18n/languages";
import type { MentorSession } from "@/lib/sessions/data";
import styles from "./sessions.module.css";

interface Props {
  session: MentorSession;
  timeZone: string;
  children?: ReactNode;
}

const isStage = (stage: string): stage is (typeof COOP_STAGES)[number] => (COOP_STAGES as readonly string[]).includes(stage);
const isScore = (score: number): score is (typeof USEFULNESS_SCORES)[number] => (USEFULNESS_SCORES as readonly number[]).includes(score);

/** One session as the volunteer sees it: when, who, what they want to talk about, and what can be done with it. */
export function SessionCard({ session, timeZone, children }: Props) {
  const t = useTranslations("sessions");
  const locale = pickLocale(useLocale());
  const titleId = `session-${session.id}`;
  const founder = session.founderName;
  const status =
    session.status === "pending" && session.expiresAt
      ? t("card.pendingUntil", { status: t("status.pending"), time: formatClockTime(session.expiresAt, timeZone, locale) })
      : t(`status.${session.status}`);
  const feedback = session.feedback;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t.rich("card.with", {
          founder,
          time: formatRange(session.startsAt, session.endsAt, timeZone, locale),
          when: (chunks) => <time dateTime={session.startsAt.toISOString()}>{chunks}</time>,
        })}
      </h3>
      <p className="hint">{t("card.timesIn", { zone: zoneLabel(timeZone, session.startsAt) })}</p>
      <p className={styles.status}>{status}</p>
      <dl className={`facts ${styles.facts}`}>
        <dt>{t("card.email")}</dt>
        <dd>
          <a href={`mailto:${session.founderEmail}`}>{session.founderEmail}</a>
        </dd>
        {session.coFounders.length ? (
          <>
            <dt>{t("card.coFounders")}</dt>
            <dd>{session.coFounders.map(({ email }) => email).join(", ")}</dd>
          </>
        ) : null}
        <dt>{t("card.country")}</dt>
        <dd>{countryName(session.founderCountry, locale)}</dd>
        <dt>{t("card.stage")}</dt>
        <dd>{isStage(session.coopStage) ? t(`stage.${session.coopStage}`) : session.coopStage}</dd>
        {session.topics.length ? (
          <>
            <dt>{t("card.topics")}</dt>
            <dd>{session.topics.join(", ")}</dd>
          </>
        ) : null}
        {session.cancelReason ? (
          <>
            <dt>{t("card.reason")}</dt>
            <dd>{session.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      <div>
        <p className="hint">{t("card.wantsToTalk", { founder })}</p>
        <p className={styles.message}>{session.message}</p>
      </div>
      {feedback ? (
        <div>
          <p className="hint">{t("card.saidAfterwards", { founder })}</p>
          <dl className={`facts ${styles.facts}`}>
            <dt>{t("card.usefulness")}</dt>
            <dd>
              {t("card.usefulnessOf", {
                score: feedback.usefulness,
                label: isScore(feedback.usefulness) ? t(`usefulness.${feedback.usefulness}`) : String(feedback.usefulness),
              })}
            </dd>
            <dt>{t("card.next")}</dt>
            <dd>{t(`nextStep.${feedback.nextStep}`)}</dd>
          </dl>
          {feedback.comment ? <p className={styles.message}>{feedback.comment}</p> : null}
        </div>
      ) : null}
      {children ? <div className={styles.actions}>{children}</div> : null}
    </article>
  );
}
