/** What a waiting founder asked for: one mentor, or a directory search's topic and/or language. */
export interface WaitRequest {
  mentorId: string | null;
  topicId: string | null;
  language: string | null;
}

export interface MentorOffer {
  id: string;
  topicIds: readonly string[];
  languages: readonly string[];
}

/**
 * A mentor-page entry waits for that mentor only; a search entry for any mentor
 * with the topic and the language it named (both, when it named both). A search
 * entry naming neither would match everyone, and is never made (see schema.ts).
 */
export function entryMatchesMentor(entry: WaitRequest, mentor: MentorOffer): boolean {
  if (entry.mentorId !== null) return entry.mentorId === mentor.id;
  if (entry.topicId === null && entry.language === null) return false;
  return (entry.topicId === null || mentor.topicIds.includes(entry.topicId)) && (entry.language === null || mentor.languages.includes(entry.language));
}

/** The entries a mentor's free time is offered to, first signed up first (ties by id, so every instance agrees). */
export function waitingFor<Entry extends WaitRequest & { id: string; createdAt: Date }>(mentor: MentorOffer, entries: readonly Entry[]): Entry[] {
  return entries
    .filter((entry) => entryMatchesMentor(entry, mentor))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
