import "server-only";
import { db } from "../db/client";
import { searchTerms } from "./search-text";

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
  nextFreeAt: true,
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
  /** Cached next bookable slot (see refreshNextFreeSlots). */
  nextFreeAt: Date | null;
  topics: { slug: string; name: string }[];
  languages: string[];
}

type DirectoryRow = Awaited<ReturnType<typeof db.mentorProfile.findMany<{ select: typeof directorySelect }>>>[number];

function toDirectoryMentor({ topics, languages, ...mentor }: DirectoryRow): DirectoryMentor {
  return { ...mentor, topics: topics.map(({ topic }) => topic), languages: languages.map(({ language }) => language) };
}

export interface DirectoryFilters {
  q?: string;
  topic?: string;
  language?: string;
  country?: string;
  /** Only mentors with a free slot within this many days. */
  within?: number;
}

function directoryWhere(filters: DirectoryFilters, now: Date) {
  return {
    status: "approved" as const,
    ...(filters.q ? { searchText: { contains: searchTerms(filters.q) } } : {}),
    ...(filters.topic ? { topics: { some: { topic: { slug: filters.topic } } } } : {}),
    ...(filters.language ? { languages: { some: { language: filters.language } } } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.within ? { nextFreeAt: { gte: now, lte: new Date(now.getTime() + filters.within * 86_400_000) } } : {}),
  };
}

/**
 * One page of approved mentors matching the filters, alphabetically. A fixed
 * number of queries whatever the page size: the list (with its topics and
 * languages fetched in one query each) and the total.
 */
export async function searchMentors(filters: DirectoryFilters, now: Date, page: number, pageSize: number) {
  const where = directoryWhere(filters, now);
  const [rows, total] = await Promise.all([
    db.mentorProfile.findMany({
      where,
      select: directorySelect,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.mentorProfile.count({ where }),
  ]);
  return { mentors: rows.map(toDirectoryMentor), total };
}

/**
 * Every mentor the filters match, in directory order, with what deciding on a
 * daytime window needs: the cached next free slot and the session length. With
 * `within`, the same mentors the filter lists without a window.
 */
export async function listDirectoryCandidates(filters: DirectoryFilters, now: Date) {
  return db.mentorProfile.findMany({
    where: directoryWhere(filters, now),
    select: { id: true, nextFreeAt: true, sessionMinutes: true },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

/** These approved mentors as the directory shows them, in the order given. */
export async function findDirectoryMentors(ids: string[]): Promise<DirectoryMentor[]> {
  if (ids.length === 0) return [];
  const rows = await db.mentorProfile.findMany({ where: { id: { in: ids }, status: "approved" }, select: directorySelect });
  const byId = new Map(rows.map((row) => [row.id, toDirectoryMentor(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The languages and countries approved mentors have, for the directory's filters. */
export async function listDirectoryFacets() {
  const [languages, countries] = await Promise.all([
    db.mentorLanguage.findMany({ where: { mentor: { status: "approved" } }, distinct: ["language"], select: { language: true } }),
    db.mentorProfile.findMany({ where: { status: "approved" }, distinct: ["country"], select: { country: true } }),
  ]);
  return { languages: languages.map((row) => row.language), countries: countries.map((row) => row.country) };
}

export interface PublicMentor extends DirectoryMentor {
  bio: string;
  meetingUrl: string | null;
  sessionMinutes: number;
  /** How many days ahead founders can book. */
  horizonDays: number;
}

/** An approved mentor's public profile, or null (unknown, pending, paused or retired). */
export async function findPublicMentor(slug: string): Promise<PublicMentor | null> {
  const row = await db.mentorProfile.findFirst({
    where: { slug, status: "approved" },
    select: { ...directorySelect, bio: true, meetingUrl: true, sessionMinutes: true, horizonDays: true },
  });
  if (!row) return null;
  const { bio, meetingUrl, sessionMinutes, horizonDays, ...rest } = row;
  return { ...toDirectoryMentor(rest), bio, meetingUrl, sessionMinutes, horizonDays };
}

/** Topics founders can pick from when booking, in the organisers' order. */
export async function listActiveTopics() {
  return db.topic.findMany({ where: { archived: false }, select: { id: true, slug: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

export interface OwnProfile extends DirectoryMentor {
  status: string;
  bio: string;
  meetingUrl: string | null;
  /** In the organisers' order, for the editor's tick boxes. */
  topicIds: string[];
}

/** A volunteer's own profile, whatever its status, for the profile editor. */
export async function findOwnProfile(mentorId: string): Promise<OwnProfile | null> {
  const row = await db.mentorProfile.findUnique({
    where: { id: mentorId },
    select: {
      ...directorySelect,
      status: true,
      bio: true,
      meetingUrl: true,
      topics: { select: { topicId: true, topic: { select: { slug: true, name: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
    },
  });
  if (!row) return null;
  const { topics, languages, ...rest } = row;
  return {
    ...rest,
    topics: topics.map(({ topic }) => topic),
    topicIds: topics.map(({ topicId }) => topicId),
    languages: languages.map(({ language }) => language),
  };
}

/** A volunteer's headline and bio in the site's other languages, for the profile editor. */
export async function findOwnProfileTexts(mentorId: string) {
  return db.mentorProfileText.findMany({ where: { mentorId }, select: { locale: true, headline: true, bio: true }, orderBy: { locale: "asc" } });
}

/** Just enough of an approved mentor to take a booking for them. */
export async function findBookableMentor(slug: string) {
  return db.mentorProfile.findFirst({ where: { slug, status: "approved" }, select: { id: true, slug: true, displayName: true } });
}
