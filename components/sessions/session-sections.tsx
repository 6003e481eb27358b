import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { MentorSession } from "@/lib/sessions/data";
import { canCancel, canUndoOutcome, hasInvite } from "@/lib/sessions/groups";
import { CancelSessionForm } from "./cancel-session-form";
import { InviteLink } from "./invite-link";
import { OutcomeForm, UndoOutcomeForm } from "./outcome-form";
import { SessionCard } from "./session-card";
import styles from "./sessions.module.css";

interface Props {
  sessions: MentorSession[];
  timeZone: string;
  now: Date;
}

function Section({ id, title, intro, empty, children }: { id: string; title: string; intro?: string; empty?: string; children: ReactNode[] }) {
  if (children.length === 0 && !empty) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children.length ? <ul className={styles.list}>{children}</ul> : <p className="empty-state">{empty}</p>}
    </section>
  );
}

/** `cancelling`: the session whose cancel form opens at once (the reminder's "I can't make it"). */
export function UpcomingSessions({ sessions, timeZone, now, cancelling }: Props & { cancelling?: string }) {
  const t = useTranslations("sessions");
  return (
    <Section id="upcoming-title" title={t("upcoming")} empty={t("upcomingEmpty")}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} timeZone={timeZone}>
            {hasInvite(session) ? <InviteLink bookingId={session.id} founderName={session.founderName} /> : null}
            {canCancel(session, now) ? <CancelSessionForm bookingId={session.id} founderName={session.founderName} opened={session.id === cancelling} /> : null}
          </SessionCard>
        </li>
      ))}
    </Section>
  );
}

export function SessionsNeedingOutcome({ sessions, timeZone }: Omit<Props, "now">) {
  const t = useTranslations("sessions");
  return (
    <Section id="outcome-title" title={t("needsOutcome")} intro={t("needsOutcomeIntro")}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} timeZone={timeZone}>
            <OutcomeForm bookingId={session.id} founderName={session.founderName} />
          </SessionCard>
        </li>
      ))}
    </Section>
  );
}

export function PastSessions({ sessions, timeZone, now }: Props) {
  const t = useTranslations("sessions");
  return (
    <Section id="past-title" title={t("past")}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} timeZone={timeZone}>
            {canUndoOutcome(session, now) ? <UndoOutcomeForm bookingId={session.id} /> : null}
          </SessionCard>
        </li>
      ))}
    </Section>
  );
}
