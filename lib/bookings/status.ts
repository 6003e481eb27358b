/** How long an unconfirmed booking holds its slot. */
export const HOLD_MINUTES = 30;

/** How long the confirmation link of a request that holds nothing works. */
export const REQUEST_MINUTES = 120;

/** Unconfirmed bookings one email address may have at once. */
export const MAX_UNCONFIRMED_PER_EMAIL = 2;

/**
 * Holds one mentor may have waiting at once. Past this, further bookings are
 * taken as requests that hold nothing, so scripts that solve the proof of work
 * and never read mail can keep at most this many of a mentor's times from others.
 */
export const MAX_HOLDS_PER_MENTOR = 2;

/** How many times a founder may move one session. */
export const MAX_MOVES = 3;
