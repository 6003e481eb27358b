// Shared by the booking form in the browser and the server's schema; no zod here,
// so the form does not ship a validation library to every founder.

export const MESSAGE_MAX = 1000;

/** Co-founders a founder can bring to one session. */
export const MAX_CO_FOUNDERS = 4;
