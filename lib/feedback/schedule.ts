// When both people are asked how a session went: once, FOLLOW_UP_HOURS after it
// ends. A session that ended more than a week before that is never asked (so
// turning the feature on, or an outage, does not send a flood of stale questions).

export const FOLLOW_UP_MAX_AGE_MS = 7 * 24 * 3_600_000;

/** The window of session ends whose follow-up is due at `now`: (earliest, latest]. */
export function followUpWindow(now: Date, delayMs: number): { endedAfter: Date; endedBy: Date } {
  const endedBy = new Date(now.getTime() - delayMs);
  return { endedAfter: new Date(endedBy.getTime() - FOLLOW_UP_MAX_AGE_MS), endedBy };
}

/**
 * Who is asked, given the session's state when its follow-up falls due: the
 * volunteer only if they have not yet said whether it took place; the founder
 * unless the volunteer said they did not come, or they already gave feedback.
 */
export function followUpAudience(status: string, hasFeedback: boolean): { volunteer: boolean; founder: boolean } {
  return { volunteer: status === "confirmed", founder: status !== "no_show" && !hasFeedback };
}
