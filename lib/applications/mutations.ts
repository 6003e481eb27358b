import "server-only";
import { applicantActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { hashSignInToken, newSignInToken, SIGN_IN_LINK_MINUTES, signInPageUrl } from "../auth/links";
import { issueSignInLink } from "../auth/mutations";
import { config } from "../config";
import { db } from "../db/client";
import { databaseErrorCode, isUniqueViolation } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { applicationReceivedEmail } from "../email/templates/account";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
import { slugify, type ApplicationInput } from "../mentors/profile-schema";
import { mentorSearchText } from "../mentors/search-text";

/**
 * A new volunteer: their account and a pending profile, and an email with a link to sign in.
 * `locale` is the join page's: the account keeps it, and the email is written in it.
 */
export async function applyAsVolunteer(input: ApplicationInput & { locale?: Locale }, now = new Date()): Promise<{ created: boolean }> {
  // Someone with a profile already just needs to sign in; an invited person (an
  // account made by an organiser, no profile yet) gets their profile now.
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { role: true, mentor: { select: { id: true } } } });
  if (existing?.mentor || existing?.role === "organiser") {
    await issueSignInLink(input.email, existing.mentor ? "/volunteer" : "/organiser", now);
    return { created: false };
  }
  try {
    return await createApplication(input, now);
  } catch (error) {
    // Two applications at once: the same address (the other one won: P2002 or,
    // once the account exists, P2014), or the same name (a taken slug: P2002).
    if (!isUniqueViolation(error) && databaseErrorCode(error) !== "P2014") throw error;
    if (await db.mentorProfile.count({ where: { user: { email: input.email } } })) {
      await issueSignInLink(input.email, "/volunteer", now);
      return { created: false };
    }
    return createApplication(input, now, `-${newSignInToken().slice(0, 4)}`);
  }
}

async function createApplication(input: ApplicationInput & { locale?: Locale }, now: Date, slugSuffix = ""): Promise<{ created: boolean }> {
  const token = newSignInToken();
  const base = `${slugify(input.displayName)}${slugSuffix}`;
  const taken = await db.mentorProfile.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const slugs = new Set(taken.map((row) => row.slug));
  let slug = base;
  for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
  const profile = {
    slug,
    status: "pending" as const,
    displayName: input.displayName,
    pronouns: input.pronouns,
    headline: input.headline,
    bio: input.bio,
    application: input.application,
    timeZone: input.timeZone,
    country: input.country,
    coopName: input.coopName,
    coopUrl: input.coopUrl,
    meetingUrl: input.meetingUrl,
    searchText: mentorSearchText(input),
    topics: { create: input.topics.map((topicId) => ({ topicId })) },
    languages: { create: input.languages.map((language) => ({ language })) },
  };
  const locale = input.locale ?? DEFAULT_LOCALE;
  await db.$transaction(async (tx) => {
    await tx.user.upsert({
      where: { email: input.email },
      update: { name: input.displayName, locale, mentor: { create: profile } },
      create: { email: input.email, name: input.displayName, role: "volunteer", locale, mentor: { create: profile } },
    });
    await tx.verificationToken.create({
      data: { identifier: input.email, token: hashSignInToken(token, config.secret), expires: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000) },
    });
    const url = signInPageUrl(config.publicUrl, input.email, token, "/volunteer");
    await enqueueEmail({ to: input.email, ...(await applicationReceivedEmail({ name: input.displayName, url, minutes: SIGN_IN_LINK_MINUTES, locale })) }, tx);
    await recordAudit(applicantActor(input.email), { action: "volunteer.applied", targetType: "mentor", targetId: slug }, tx);
  });
  return { created: true };
}
