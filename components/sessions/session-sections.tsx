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
  return (
    <Section id="upcoming-title" title="Coming up" empty="No sessions booked yet. Founders can book the free times you offer.">
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
  return (
    <Section id="outcome-title" title="Did these take place?" intro="These sessions have ended. Let us know whether each one took place.">
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
  return (
    <Section id="past-title" title="Past and cancelled">
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
