import { config } from "../config";
import { pseudonymOf } from "../security/pseudonym";

/** Who an audit row names: the signed-in user's id, if any, and a label that outlives their account. */
export interface AuditActor {
  id?: string;
  label: string;
}

// Every label is "<role> <email>" (founders: "<role> <pseudonym>"), made here and nowhere else.
export function organiserActor(viewer: { id: string; email: string }): AuditActor {
  return { id: viewer.id, label: `organiser ${viewer.email}` };
}

export function volunteerActor(user: { id: string; email: string }): AuditActor {
  return { id: user.id, label: `volunteer ${user.email}` };
}

/** Founders have no account, and the log outlives their bookings: a pseudonym of their address names them. */
export function founderActor(email: string): AuditActor {
  return { label: founderLabel(email) };
}

export function founderLabel(email: string, secret = config.secret): string {
  return `founder ${pseudonymOf(email, secret)}`;
}

/** The fields cancelBooking records its actor by. */
export function actorFields(actor: AuditActor): { actorId?: string; actorLabel: string } {
  return { actorId: actor.id, actorLabel: actor.label };
}

/** Someone applying to volunteer, before they have signed in. */
export function applicantActor(email: string): AuditActor {
  return { label: `applicant ${email}` };
}
