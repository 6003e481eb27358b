import "server-only";
import { pickLocale, type Locale } from "../i18n/languages";
import { config } from "../config";
import { db } from "../db/client";
import { enqueueEmail } from "../email/mutations";
import { signInEmail } from "../email/templates/account";
import { hashSignInToken, newSignInToken, SIGN_IN_LINK_MINUTES, signInPageUrl } from "./links";

/** next-auth's own link (api/auth/callback/email?…) turned into our confirmation page's link. */
export async function sendSignInLink(email: string, nextAuthUrl: string) {
  const callback = new URL(nextAuthUrl);
  const token = callback.searchParams.get("token") ?? "";
  const next = new URL(callback.searchParams.get("callbackUrl") ?? "/volunteer", config.publicUrl).pathname;
  const url = signInPageUrl(config.publicUrl, email, token, next);
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  await enqueueEmail({ to: email, ...(await signInEmail({ url, minutes: SIGN_IN_LINK_MINUTES, locale: pickLocale(user?.locale) })) });
}

/**
 * Issues a one-time sign-in link to an existing account and queues the email.
 * Returns false (and sends nothing) for addresses without an account; callers
 * answer both cases alike, so the form does not reveal who has an account.
 */
export async function issueSignInLink(email: string, callbackPath: string, now = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return false;
  const locale = pickLocale(user.locale);
  const token = newSignInToken();
  const mail = await signInEmail({
    url: signInPageUrl(config.publicUrl, email, token, callbackPath),
    minutes: SIGN_IN_LINK_MINUTES,
    locale,
  });
  await db.$transaction(async (tx) => {
    await tx.verificationToken.create({
      data: { identifier: email, token: hashSignInToken(token, config.secret), expires: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000) },
    });
    await enqueueEmail({ to: email, ...mail }, tx);
  });
  return true;
}

export async function extendSession(sessionToken: string, expires: Date) {
  await db.session.updateMany({ where: { sessionToken }, data: { expires } });
}

/** Ends the session behind this cookie value. */
export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** The language a signed-in person chose for their pages and mail. */
export async function saveAccountLocale(userId: string, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
