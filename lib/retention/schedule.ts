const DAY_MS = 86_400_000;

export interface RetentionDays {
  emailDays: number;
  unconfirmedDays: number;
  bookingDays: number;
}

/** What is old enough to erase at `now`: each setting counts whole days back from it. */
export function retentionCutoffs(now: Date, days: RetentionDays) {
  const back = (count: number) => new Date(now.getTime() - count * DAY_MS);
  return {
    /** Emails sent, or given up on, at or before this. */
    emailsSentBy: back(days.emailDays),
    /** Unconfirmed holds and requests that lapsed at or before this. */
    holdsLapsedBy: back(days.unconfirmedDays),
    /** Sessions that ended at or before this. */
    sessionsEndedBy: back(days.bookingDays),
  };
}

// Subjects name people after these words ("New session with Ada on …",
// "tell me when Ada is free"); what comes before says what the message was.
const NAMES_FOLLOW = /\s(with|when)\s/;

/** An erased message's subject: what kind of message it was, without the names in it. */
export function redactedSubject(subject: string): string {
  const match = NAMES_FOLLOW.exec(subject);
  return match ? `${subject.slice(0, match.index + match[0].length - 1)} …` : subject;
}
