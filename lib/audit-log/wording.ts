/** Every action the audit page has words for (audit.actions.*); others are shown as logged. */
export const AUDIT_ACTIONS = [
  "volunteer.applied",
  "volunteer.approved",
  "volunteer.declined",
  "volunteer.paused",
  "volunteer.resumed",
  "volunteer.retired",
  "volunteer.invited",
  "volunteer.deleted_account",
  "topic.added",
  "topic.renamed",
  "topic.moved",
  "topic.archived",
  "topic.unarchived",
  "booking.confirmed",
  "booking.cancelled",
  "booking.moved",
  "booking.held",
  "booking.no_show",
  "booking.outcome_undone",
  "booking.co_founder_left",
  "founder.data_erased",
  "export.bookings",
  "export.summary",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every kind of target the audit page names (audit.targets.*). */
export const AUDIT_TARGET_TYPES = ["mentor", "topic", "booking", "founder", "user", "stats"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** "volunteer.paused" → the key of its words; null for actions this list does not know. */
export function knownAuditAction(action: string): AuditAction | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : null;
}

/** A target's kind, when the page has a word for it, and its name, or the raw id when it no longer exists. */
export function describeTarget(
  targetType: string,
  targetId: string,
  names: ReadonlyMap<string, string>,
): { type: AuditTargetType | null; raw: string; name: string } {
  const type = (AUDIT_TARGET_TYPES as readonly string[]).includes(targetType) ? (targetType as AuditTargetType) : null;
  return { type, raw: targetType, name: names.get(`${targetType}:${targetId}`) ?? targetId };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The details JSON as label/value pairs; text that is not a JSON object is shown as one value. */
export function detailPairs(details: string | null): [string, string][] {
  if (!details) return [];
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.entries(parsed).map(([key, value]) => [key, show(value)]);
    }
    return [["details", show(parsed)]];
  } catch {
    return [["details", details]];
  }
}
