/** Who an audit row names: the signed-in user's id, and a label that outlives their account. */
export interface AuditActor {
  id: string;
  label: string;
}

export function organiserActor(viewer: { id: string; email: string }): AuditActor {
  return { id: viewer.id, label: `organiser ${viewer.email}` };
}
