import "server-only";
import { after } from "next/server";
import { z } from "zod";
import { consumeLimits, emailFormLimits } from "../antibot/limits";
import { flushOutbox } from "../email/sender";
import { safeCallbackPath } from "./links";
import { issueSignInLink } from "./mutations";

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("emailInvalid"));

/** `message` is a key of "signIn.errors". */
export type SignInRequest = { outcome: "sent" } | { outcome: "invalid"; message: string } | { outcome: "limited" };

/**
 * Every way of asking for a sign-in link comes here: our form and next-auth's own
 * endpoint. The same limits apply, and an address with an account and one
 * without get the same answer (only the first gets an email).
 */
export async function requestSignInLink(email: unknown, next: unknown): Promise<SignInRequest> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { outcome: "invalid", message: parsed.error.issues[0]!.message };
  if (!(await consumeLimits(await emailFormLimits("sign-in", parsed.data))).ok) return { outcome: "limited" };
  // After the answer, so an address with an account is not answered more slowly than one without.
  const address = parsed.data;
  after(async () => {
    await issueSignInLink(address, safeCallbackPath(next));
    await flushOutbox();
  });
  return { outcome: "sent" };
}
