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

/** Which sentence tells the organiser what an action did (organiserVolunteers.outcome.*). */
export function outcomeKey(action: VolunteerAction, cancelled: number): "told" | "noSessions" | "cancelled" {
  if (!TRANSITIONS[action].cancelsBookings) return "told";
  return cancelled === 0 ? "noSessions" : "cancelled";
}
