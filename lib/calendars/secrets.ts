import "server-only";
import { config } from "../config";
import { seal, unseal } from "./sealed";
import type { SourceSecret } from "./source";

/** The stored secret cannot be opened: sealed under another app secret, or altered. */
export class UnreadableSecret extends Error {
  name = "UnreadableSecret";
  constructor() {
    super("its saved address can no longer be opened (the server's secret has changed): remove it and connect it again");
  }
}

/** Sealed for one volunteer: a row copied to another volunteer's calendars cannot be opened. */
export const sealSecret = (secret: SourceSecret, mentorId: string) => seal(JSON.stringify(secret), config.secret, `calendar:${mentorId}`);

export function unsealSecret(sealed: string, mentorId: string): SourceSecret {
  try {
    return JSON.parse(unseal(sealed, config.secret, `calendar:${mentorId}`)) as SourceSecret;
  } catch {
    throw new UnreadableSecret();
  }
}
