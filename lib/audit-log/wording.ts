const ACTIONS: Record<string, string> = {
  "volunteer.applied": "Applied to volunteer",
  "volunteer.approved": "Approved a volunteer",
  "volunteer.declined": "Declined a volunteer's application",
  "volunteer.paused": "Paused a volunteer",
  "volunteer.resumed": "Resumed a paused volunteer",
  "volunteer.retired": "Retired a volunteer",
  "volunteer.invited": "Invited someone to volunteer",
  "volunteer.deleted_account": "A volunteer deleted their account",
  "topic.added": "Added a topic",
  "topic.renamed": "Renamed a topic",
  "topic.moved": "Moved a topic in the list",
  "topic.archived": "Archived a topic",
  "topic.unarchived": "Brought back an archived topic",
  "booking.confirmed": "Confirmed a booking",
  "booking.cancelled": "Cancelled a booking",
  "booking.moved": "Moved a booking",
  "booking.held": "Marked a session as held",
  "booking.no_show": "Marked a session as a no-show",
  "booking.outcome_undone": "Took back a session's held or no-show mark",
  "booking.co_founder_left": "A co-founder took themselves off a session",
  "founder.data_erased": "A founder erased their data",
  "export.bookings": "Downloaded the bookings CSV",
  "export.summary": "Downloaded the stats summary CSV",
};

const TARGET_TYPES: Record<string, string> = {
  mentor: "Volunteer",
  topic: "Topic",
  booking: "Booking",
  founder: "Founder",
  user: "Account",
  stats: "Stats for",
};

/** "volunteer.paused" → "Paused a volunteer"; actions this list does not know are shown as logged. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** "Volunteer Ana Pérez", or the raw id when the target no longer exists. */
export function describeTarget(targetType: string, targetId: string, names: ReadonlyMap<string, string>): string {
  const kind = TARGET_TYPES[targetType] ?? targetType;
  return `${kind} ${names.get(`${targetType}:${targetId}`) ?? targetId}`;
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
