import type { BookingStatus } from "../db/types";

export interface SessionTiming {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  /** Until when an unconfirmed booking holds its slot. */
  expiresAt: Date | null;
}

export interface SessionGroups<T> {
  /** Confirmed, or waiting for the founder to confirm, and not over yet; soonest first. */
  upcoming: T[];
  /** Confirmed sessions that are over and need "held" or "no-show"; oldest first. */
  needsOutcome: T[];
  /** Held, no-show and cancelled sessions; latest first. */
  past: T[];
}

const byStart = (a: SessionTiming, b: SessionTiming) => a.startsAt.getTime() - b.startsAt.getTime();

/** Unconfirmed holds that lapsed and expired bookings are left out: they never became sessions. */
export function groupSessions<T extends SessionTiming>(sessions: T[], now: Date): SessionGroups<T> {
  const groups: SessionGroups<T> = { upcoming: [], needsOutcome: [], past: [] };
  for (const session of sessions) {
    const over = session.endsAt <= now;
    if (session.status === "confirmed") (over ? groups.needsOutcome : groups.upcoming).push(session);
    else if (session.status === "pending") {
      if (!over && session.expiresAt !== null && session.expiresAt > now) groups.upcoming.push(session);
    } else if (session.status !== "expired") groups.past.push(session);
  }
  groups.upcoming.sort(byStart);
  groups.needsOutcome.sort(byStart);
  groups.past.sort((a, b) => byStart(b, a));
  return groups;
}

/** A volunteer may cancel until the session starts, whether or not the founder has confirmed. */
export function canCancel(session: SessionTiming, now: Date): boolean {
  return (session.status === "confirmed" || (session.status === "pending" && session.expiresAt !== null && session.expiresAt > now)) && session.startsAt > now;
}

/** Only a confirmed session that has ended can be marked held or no-show. */
export function needsOutcome(session: SessionTiming, now: Date): boolean {
  return session.status === "confirmed" && session.endsAt <= now;
}

/** How long a volunteer may take back "held" or "no-show". */
export const OUTCOME_UNDO_MS = 7 * 24 * 60 * 60_000;

/** A held or no-show mark made within the last OUTCOME_UNDO_MS can be taken back. */
export function canUndoOutcome(session: { status: BookingStatus; outcomeAt: Date | null }, now: Date): boolean {
  return (
    (session.status === "held" || session.status === "no_show") && session.outcomeAt !== null && session.outcomeAt.getTime() > now.getTime() - OUTCOME_UNDO_MS
  );
}

/** Whether a calendar file is on offer: the founder confirmed it at some point. */
export function hasInvite(session: { status: BookingStatus }): boolean {
  return session.status === "confirmed" || session.status === "held" || session.status === "no_show";
}

const statusLabels: Record<BookingStatus, string> = {
  pending: "Waiting for the founder to confirm",
  requested: "Asked for, not yet confirmed",
  confirmed: "Confirmed",
  held: "Held",
  no_show: "The founder did not come",
  cancelled_by_founder: "Cancelled by the founder",
  cancelled_by_mentor: "Cancelled by you",
  cancelled_by_organiser: "Cancelled by an organiser",
  expired: "Never confirmed",
};

/** How a session's status reads to the volunteer. */
export function sessionStatusLabel(status: BookingStatus): string {
  return statusLabels[status];
}
