import { createHmac } from "node:crypto";
import { mailboxOf } from "./mailbox";
import { purposeSecret } from "./purpose-secret";

const PSEUDONYM_HEX = 12;

/**
 * A short stand-in for an email address, the same for every spelling of one
 * mailbox: keyed with the server secret, so nobody without it can test a guessed
 * address against the audit log or the outbox.
 */
export function pseudonymOf(email: string, secret: string): string {
  return createHmac("sha256", purposeSecret(secret, "pseudonym")).update(mailboxOf(email)).digest("hex").slice(0, PSEUDONYM_HEX);
}

/** What an erased message's recipient becomes. */
export function recipientPseudonym(email: string, secret: string): string {
  return `pseudonym:${pseudonymOf(email, secret)}`;
}
