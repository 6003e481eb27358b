import { config } from "../config";
import type { EmailMessage } from "../email/message";
import { mailLanguage, type MailLanguage } from "../email/templates/language";
import { waitlistConfirmEmail, waitlistFreedEmail } from "../email/templates/waitlist";
import { languageName } from "../format/names";
import type { Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";
import { bookingFormUrl, waitlistUrls } from "./links";
import { WAIT_MS } from "./schema";

/** What a search entry waits for, in the founder's words: "Governance, in Spanish". */
export function searchLabel({ t, locale }: MailLanguage, topicName: string | null, language: string | null): string {
  if (topicName && language) return t("waitlist.searchTopicLanguage", { topic: topicName, language: languageName(language, locale) });
  return topicName ?? t("waitlist.searchLanguage", { language: languageName(language ?? "", locale) });
}

interface EntryForMail {
  id: string;
  email: string;
  timeZone: string;
  /** The language the founder signed up in. */
  locale: Locale;
}

export async function waitlistConfirmMessage(
  entry: EntryForMail & { expiresAt: Date },
  target: { mentorName: string } | { topicName: string | null; language: string | null },
): Promise<EmailMessage> {
  const mail = await mailLanguage(entry.locale);
  const waitingFor = "mentorName" in target ? { mentorName: target.mentorName } : { searchedFor: searchLabel(mail, target.topicName, target.language) };
  const { confirmUrl, unsubscribeUrl } = waitlistUrls(config.publicUrl, config.secret, entry.id, entry.locale);
  const email = await waitlistConfirmEmail({
    waitingFor,
    confirmUrl,
    unsubscribeUrl,
    confirmBy: entry.expiresAt,
    timeZone: entry.timeZone,
    locale: entry.locale,
    waitDays: Math.round(WAIT_MS / 86_400_000),
  });
  return { to: entry.email, ...email };
}

export async function waitlistFreedMessage(
  entry: EntryForMail & { mentorId: string | null; topicName: string | null; language: string | null },
  mentor: { slug: string; displayName: string; sessionMinutes: number },
  startsAt: Date,
): Promise<EmailMessage> {
  const { locale } = entry;
  const { unsubscribeUrl } = waitlistUrls(config.publicUrl, config.secret, entry.id, locale);
  const email = await waitlistFreedEmail({
    mentorName: mentor.displayName,
    startsAt,
    endsAt: new Date(startsAt.getTime() + mentor.sessionMinutes * 60_000),
    timeZone: entry.timeZone,
    locale,
    bookUrl: bookingFormUrl(config.publicUrl, mentor.slug, startsAt, entry.timeZone, locale),
    mentorUrl: `${config.publicUrl}${localisedPath(locale, `/mentors/${encodeURIComponent(mentor.slug)}`)}`,
    unsubscribeUrl,
    searchedFor: entry.mentorId === null ? searchLabel(await mailLanguage(locale), entry.topicName, entry.language) : undefined,
  });
  // Unsent when the slot starts, it could only mislead.
  return { to: entry.email, ...email, discardAfter: startsAt };
}
