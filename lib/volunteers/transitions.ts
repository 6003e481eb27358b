import type { MentorStatus } from "../db/types";

export const VOLUNTEER_ACTIONS = ["approve", "decline", "pause", "resume", "retire"] as const;
export type VolunteerAction = (typeof VOLUNTEER_ACTIONS)[number];

interface Transition {
  from: readonly MentorStatus[];
  to: MentorStatus;
  auditAction: string;
  /** Pausing and retiring cancel the volunteer's upcoming sessions. */
  cancelsBookings: boolean;
  /** Declining and retiring sign the volunteer out everywhere and turn off their calendar feed. */
  endsAccess: boolean;
  /** What the cancellation email tells founders, after "A Candle organiser has cancelled your session". */
  reason: string | null;
}

export const TRANSITIONS: Record<VolunteerAction, Transition> = {
  approve: { from: ["pending", "declined"], to: "approved", auditAction: "volunteer.approved", cancelsBookings: false, endsAccess: false, reason: null },
  decline: { from: ["pending"], to: "declined", auditAction: "volunteer.declined", cancelsBookings: false, endsAccess: true, reason: null },
  pause: {
    from: ["approved"],
    to: "paused",
    auditAction: "volunteer.paused",
    cancelsBookings: true,
    endsAccess: false,
    reason: "Your mentor cannot take sessions for a while.",
  },
  resume: { from: ["paused"], to: "approved", auditAction: "volunteer.resumed", cancelsBookings: false, endsAccess: false, reason: null },
  retire: {
    from: ["approved", "paused"],
    to: "retired",
    auditAction: "volunteer.retired",
    cancelsBookings: true,
    endsAccess: true,
    reason: "Your mentor has stepped back from volunteering with Candle.",
  },
};

/** The buttons an organiser sees for a volunteer in this status, in page order. */
export function actionsFor(status: MentorStatus): VolunteerAction[] {
  return VOLUNTEER_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

export const ACTION_LABELS: Record<VolunteerAction, string> = {
  approve: "Approve",
  decline: "Decline",
  pause: "Pause",
  resume: "Resume",
  retire: "Retire",
};

const DONE: Record<VolunteerAction, string> = {
  approve: "approved",
  decline: "declined",
  pause: "paused",
  resume: "resumed",
  retire: "retired",
};

/** "Ana Pérez is paused. 2 upcoming sessions were cancelled; the founders were told and offered other mentors." */
export function describeOutcome(action: VolunteerAction, name: string, cancelled: number): string {
  const done = `${name} is ${DONE[action]}.`;
  if (!TRANSITIONS[action].cancelsBookings) return `${done} We emailed them to say so.`;
  if (cancelled === 0) return `${done} They had no upcoming sessions. We emailed them to say so.`;
  const sessions = cancelled === 1 ? "1 upcoming session was" : `${cancelled} upcoming sessions were`;
  return `${done} ${sessions} cancelled; the founders were told and offered other mentors.`;
}
