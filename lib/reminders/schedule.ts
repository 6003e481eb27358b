// When a session's reminders fall due. Leads are minutes of elapsed time before
// the start, so a clock change in either person's zone moves neither the reminder
// nor the session: the email shows both in the recipient's local time.

const MINUTE_MS = 60_000;

export interface RemindedSession {
  startsAt: Date;
  /** When both people last agreed on this time: its confirmation, or its latest move. */
  agreedAt: Date;
}

export function reminderDueAt(startsAt: Date, leadMinutes: number): Date {
  return new Date(startsAt.getTime() - leadMinutes * MINUTE_MS);
}

/**
 * The reminder to queue now, as its lead in minutes, or null. Only the nearest
 * lead whose time has come counts, so a reminder missed while every instance was
 * down is never sent after a later one; a lead whose time had already passed when
 * the session was agreed is skipped (booked three hours ahead: no day-before
 * reminder). Nothing is due once the session has started.
 */
export function dueReminderLead(session: RemindedSession, leadMinutes: readonly number[], alreadyQueued: ReadonlySet<number>, now: Date): number | null {
  if (session.startsAt <= now) return null;
  let nearest: number | null = null;
  for (const lead of leadMinutes) {
    const dueAt = reminderDueAt(session.startsAt, lead);
    if (dueAt <= now && session.agreedAt <= dueAt && (nearest === null || lead < nearest)) nearest = lead;
  }
  return nearest === null || alreadyQueued.has(nearest) ? null : nearest;
}
