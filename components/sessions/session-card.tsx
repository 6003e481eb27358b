import type { ReactNode } from "react";
import { coopStageLabel } from "@/lib/format/coop-stages";
import { formatClockTime, formatRange, zoneLabel } from "@/lib/format/time";
import { NEXT_STEP_LABELS, usefulnessLabel } from "@/lib/format/feedback";
import { countryName } from "@/lib/format/names";
import type { MentorSession } from "@/lib/sessions/data";
import { sessionStatusLabel } from "@/lib/sessions/groups";
import styles from "./sessions.module.css";

interface Props {
  session: MentorSession;
  timeZone: string;
  children?: ReactNode;
}

/** One session as the volunteer sees it: when, who, what they want to talk about, and what can be done with it. */
export function SessionCard({ session, timeZone, children }: Props) {
  const titleId = `session-${session.id}`;
  const status =
    session.status === "pending" && session.expiresAt
      ? `${sessionStatusLabel("pending")}. If they have not confirmed by ${formatClockTime(session.expiresAt, timeZone)}, the time is freed again.`
      : sessionStatusLabel(session.status);
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <time dateTime={session.startsAt.toISOString()}>{formatRange(session.startsAt, session.endsAt, timeZone)}</time> with {session.founderName}
      </h3>
      <p className="hint">Times in {zoneLabel(timeZone, session.startsAt)}</p>
      <p className={styles.status}>{status}</p>
      <dl className={`facts ${styles.facts}`}>
        <dt>Email</dt>
        <dd>
          <a href={`mailto:${session.founderEmail}`}>{session.founderEmail}</a>
        </dd>
        {session.coFounders.length ? (
          <>
            <dt>Co-founders</dt>
            <dd>{session.coFounders.map(({ email }) => email).join(", ")}</dd>
          </>
        ) : null}
        <dt>Country</dt>
        <dd>{countryName(session.founderCountry)}</dd>
        <dt>Co-op stage</dt>
        <dd>{coopStageLabel(session.coopStage)}</dd>
        {session.topics.length ? (
          <>
            <dt>Topics</dt>
            <dd>{session.topics.join(", ")}</dd>
          </>
        ) : null}
        {session.cancelReason ? (
          <>
            <dt>Reason given</dt>
            <dd>{session.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      <div>
        <p className="hint">What {session.founderName} would like to talk about:</p>
        <p className={styles.message}>{session.message}</p>
      </div>
      {session.feedback ? (
        <div>
          <p className="hint">What {session.founderName} said afterwards:</p>
          <dl className={`facts ${styles.facts}`}>
            <dt>Usefulness</dt>
            <dd>
              {session.feedback.usefulness} of 5 ({usefulnessLabel(session.feedback.usefulness)})
            </dd>
            <dt>Next</dt>
            <dd>{NEXT_STEP_LABELS[session.feedback.nextStep]}</dd>
          </dl>
          {session.feedback.comment ? <p className={styles.message}>{session.feedback.comment}</p> : null}
        </div>
      ) : null}
      {children ? <div className={styles.actions}>{children}</div> : null}
    </article>
  );
}
