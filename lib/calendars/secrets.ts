import "server-only";
import { config } from "../config";
import { seal, unseal } from "./sealed";
import type { SourceSecret } from "./source";

/** Sealed for one volunteer: a row copied to another volunteer's calendars cannot be opened. */
export const sealSecret = (secret: SourceSecret, mentorId: string) => seal(JSON.stringify(secret), config.secret, `calendar:${mentorId}`);
export const unsealSecret = (sealed: string, mentorId: string) => JSON.parse(unseal(sealed, config.secret, `calendar:${mentorId}`)) as SourceSecret;
