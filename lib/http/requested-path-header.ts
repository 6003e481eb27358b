/** Written by proxy.ts from the request's own URL on pages behind sign-in; a copy a client sends is overwritten there. */
export const REQUESTED_PATH_HEADER = "x-candle-requested-path";
