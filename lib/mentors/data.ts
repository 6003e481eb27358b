import "server-only";
import { db } from "../db/client";

const directorySelect = {
  id: true,
  slug: true,
  displayName: true,
  pronouns: true,
  headline: true,
  timeZone: true,
  country: true,
  coopName: true,
  coopUrl: true,
  topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
  languages: { select: { language: true }, orderBy: { language: "asc" } },
} as const;

export interface DirectoryMentor {
  id: string;
  slug: string;
  displayName: string;
  pronouns: string | null;
  headline: string;
  timeZone: string;
  country: string;
  coopName: string | null;
  coopUrl: string | null;
  topics: { slug: string; name: string }[];
  languages: string[];
}

/** Approved mentors, alphabetically, in one query (topics and languages are joined, not fetched per mentor). */
export async function listApprovedMentors(): Promise<DirectoryMentor[]> {
  const rows = await db.mentorProfile.findMany({
    where: { status: "approved" },
    select: directorySelect,
    orderBy: { displayName: "asc" },
  });
  return rows.map(({ topics, languages, ...mentor }) => ({
    ...mentor,
    topics: topics.map(({ topic }) => topic),
    languages: languages.map(({ language }) => language),
  }));
}
