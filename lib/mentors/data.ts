import "server-only";
import { db } from "../db/client";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
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

/** The directory's fields, with the mentor's own headline and bio in the reader's language if they wrote one. */
function localisedSelect(locale: Locale) {
  return { ...directorySelect, texts: { where: { locale }, select: { headline: true, bio: true } } } as const;
}

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

type DirectoryRow = Awaited<ReturnType<typeof db.mentorProfile.findMany<{ select: ReturnType<typeof localisedSelect> }>>>[number];

function toDirectoryMentor({ topics, languages, texts, ...mentor }: DirectoryRow): DirectoryMentor {
  const headline = texts[0]?.headline ?? mentor.headline;
  return { ...mentor, headline, topics: topics.map(({ topic }) => topic), languages: languages.map(({ language }) => language) };
}

/**
 * Mentors who can hold a session in the reader's language ("es", "es-AR"): the
 * directory lists them first for a founder browsing in it. English is the
 * directory's own order, so it prefers nobody.
 */
function speaksReadersLanguage(locale: Locale) {
  if (locale === DEFAULT_LOCALE) return null;
  return { languages: { some: { OR: [{ language: locale }, { language: { startsWith: `${locale}-` } }] } } };
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

const directoryOrder = [{ displayName: "asc" }, { id: "asc" }] as const;

/**
 * One page of approved mentors matching the filters, alphabetically (those who
 * speak the reader's language first, see speaksReadersLanguage). A fixed number
 * of queries whatever the page size: the list (with its topics, languages and
 * texts fetched in one query each) and the total; in another language than
 * English, the ids of each group's part of the page and its size too.
 */
export async function searchMentors(filters: DirectoryFilters, now: Date, page: number, pageSize: number, locale: Locale = DEFAULT_LOCALE) {
  const where = directoryWhere(filters, now);
  const speaks = speaksReadersLanguage(locale);
  const skip = (page - 1) * pageSize;
  if (!speaks) {
    const [rows, total] = await Promise.all([
      db.mentorProfile.findMany({ where, select: localisedSelect(locale), orderBy: [...directoryOrder], skip, take: pageSize }),
      db.mentorProfile.count({ where }),
    ]);
    return { mentors: rows.map(toDirectoryMentor), total };
  }
  const speakers = { AND: [where, speaks] };
  const others = { AND: [where, { NOT: speaks }] };
  const [total, speaking] = await Promise.all([db.mentorProfile.count({ where }), db.mentorProfile.count({ where: speakers })]);
  const ids = async (group: typeof speakers | typeof others, from: number, take: number) =>
    take <= 0
      ? []
      : (await db.mentorProfile.findMany({ where: group, select: { id: true }, orderBy: [...directoryOrder], skip: from, take })).map((row) => row.id);
  const first = await ids(speakers, skip, Math.min(pageSize, speaking - skip));
  const rest = await ids(others, Math.max(0, skip - speaking), pageSize - first.length);
  return { mentors: await findDirectoryMentors([...first, ...rest], locale), total };
}

/**
 * Every mentor the filters match, in directory order, with what deciding on a
 * daytime window needs: the cached next free slot and the session length. With
 * `within`, the same mentors the filter lists without a window.
 */
export async function listDirectoryCandidates(filters: DirectoryFilters, now: Date, locale: Locale = DEFAULT_LOCALE) {
  const where = directoryWhere(filters, now);
  const speaks = speaksReadersLanguage(locale);
  const select = { id: true, nextFreeAt: true, sessionMinutes: true } as const;
  if (!speaks) return db.mentorProfile.findMany({ where, select, orderBy: [...directoryOrder] });
  const [first, rest] = await Promise.all([
    db.mentorProfile.findMany({ where: { AND: [where, speaks] }, select, orderBy: [...directoryOrder] }),
    db.mentorProfile.findMany({ where: { AND: [where, { NOT: speaks }] }, select, orderBy: [...directoryOrder] }),
  ]);
  return [...first, ...rest];
}

/** These approved mentors as the directory shows them, in the order given. */
export async function findDirectoryMentors(ids: string[], locale: Locale = DEFAULT_LOCALE): Promise<DirectoryMentor[]> {
  if (ids.length === 0) return [];
  const rows = await db.mentorProfile.findMany({ where: { id: { in: ids }, status: "approved" }, select: localisedSelect(locale) });
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

/**
 * An approved mentor's public profile, or null (unknown, pending, paused or
 * retired): its headline and bio in the reader's language when the mentor wrote
 * them in it, else their main ones.
 */
export async function findPublicMentor(slug: string, locale: Locale = DEFAULT_LOCALE): Promise<PublicMentor | null> {
  const row = await db.mentorProfile.findFirst({
    where: { slug, status: "approved" },
    select: { ...localisedSelect(locale), bio: true, meetingUrl: true, sessionMinutes: true, horizonDays: true },
  });
  if (!row) return null;
  const { bio, meetingUrl, sessionMinutes, horizonDays, ...rest } = row;
  return { ...toDirectoryMentor(rest), bio: rest.texts[0]?.bio ?? bio, meetingUrl, sessionMinutes, horizonDays };
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
