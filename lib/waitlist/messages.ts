import { config } from "../config";
import type { EmailMessage } from "../email/message";
import { waitlistConfirmEmail, waitlistFreedEmail } from "../email/templates/waitlist";
import { languageName } from "../format/names";
import { bookingFormUrl, waitlistUrls } from "./links";
import { WAIT_MS } from "./schema";

/** What a search entry waits for, in words: "Governance, in Spanish". */
export function searchLabel(topicName: string | null, language: string | null): string {
  if (topicName && language) return `${topicName}, in ${languageName(language)}`;
  return topicName ?? `sessions in ${languageName(language ?? "")}`;
}

interface EntryForMail {
  id: string;
  email: string;
  timeZone: string;
}

export function waitlistConfirmMessage(
  entry: EntryForMail & { expiresAt: Date },
  target: { mentorName: string } | { topicName: string | null; language: string | null },
): EmailMessage {
  const waitingFor = "mentorName" in target ? target.mentorName : `a mentor for ${searchLabel(target.topicName, target.language)}`;
  const { confirmUrl, unsubscribeUrl } = waitlistUrls(config.publicUrl, config.secret, entry.id);
  const email = waitlistConfirmEmail({
    waitingFor,
    confirmUrl,
    unsubscribeUrl,
    confirmBy: entry.expiresAt,
    timeZone: entry.timeZone,
    waitDays: Math.round(WAIT_MS / 86_400_000),
  });
  return { to: entry.email, ...email };
}

export function waitlistFreedMessage(
  entry: EntryForMail & { mentorId: string | null; topicName: string | null; language: string | null },
  mentor: { slug: string; displayName: string; sessionMinutes: number },
  startsAt: Date,
): EmailMessage {
  const { unsubscribeUrl } = waitlistUrls(config.publicUrl, config.secret, entry.id);
  const email = waitlistFreedEmail({
    mentorName: mentor.displayName,
    startsAt,
    endsAt: new Date(startsAt.getTime() + mentor.sessionMinutes * 60_000),
    timeZone: entry.timeZone,
    bookUrl: bookingFormUrl(config.publicUrl, mentor.slug, startsAt, entry.timeZone),
    mentorUrl: `${config.publicUrl}/mentors/${encodeURIComponent(mentor.slug)}`,
    unsubscribeUrl,
    searchedFor: entry.mentorId === null ? searchLabel(entry.topicName, entry.language) : undefined,
  });
  // Unsent when the slot starts, it could only mislead.
  return { to: entry.email, ...email, discardAfter: startsAt };
}
