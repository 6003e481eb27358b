import "server-only";
import { db } from "../db/client";
import { pickLocale } from "../i18n/languages";
import { hashSecret } from "../security/secrets";
import type { WaitlistLinkKind } from "./links";

const entrySelect = {
  id: true,
  email: true,
  mentorId: true,
  topicId: true,
  language: true,
  timeZone: true,
  confirmedAt: true,
  expiresAt: true,
  createdAt: true,
  mentor: { select: { slug: true, displayName: true } },
  topic: { select: { slug: true, name: true } },
} as const;

/** The entry an emailed link belongs to; the token itself is never stored. */
export async function findEntryByToken(kind: WaitlistLinkKind, token: string) {
  const hash = hashSecret(token);
  return db.waitlistEntry.findUnique({
    where: kind === "confirm" ? { confirmTokenHash: hash } : { unsubscribeTokenHash: hash },
    select: entrySelect,
  });
}

export type WaitlistEntryView = NonNullable<Awaited<ReturnType<typeof findEntryByToken>>>;

/** Confirmed entries still waiting, first signed up first. */
export async function listWaitingEntries(now: Date, limit: number) {
  const rows = await db.waitlistEntry.findMany({
    where: { confirmedAt: { not: null }, expiresAt: { gt: now } },
    select: {
      id: true,
      email: true,
      mentorId: true,
      topicId: true,
      language: true,
      timeZone: true,
      locale: true,
      createdAt: true,
      topic: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(({ topic, ...entry }) => ({ ...entry, locale: pickLocale(entry.locale), topicName: topic?.name ?? null }));
}

export type WaitingEntry = Awaited<ReturnType<typeof listWaitingEntries>>[number];

/**
 * Approved mentors with free time now who could answer any of these entries:
 * named by one, or teaching a topic or speaking a language one asked for.
 * Earliest free time first. nextFreeAt is null for a mentor who takes no bookings.
 */
export async function listMentorsWithFreeTime(wanted: { mentorIds: string[]; topicIds: string[]; languages: string[] }, now: Date, limit: number) {
  const rows = await db.mentorProfile.findMany({
    where: {
      status: "approved",
      nextFreeAt: { gt: now },
      OR: [
        { id: { in: wanted.mentorIds } },
        { topics: { some: { topicId: { in: wanted.topicIds } } } },
        { languages: { some: { language: { in: wanted.languages } } } },
      ],
    },
    select: { id: true, nextFreeAt: true, topics: { select: { topicId: true } }, languages: { select: { language: true } } },
    orderBy: [{ nextFreeAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    nextFreeAt: row.nextFreeAt!,
    topicIds: row.topics.map((topic) => topic.topicId),
    languages: row.languages.map((language) => language.language),
  }));
}

export const toldKey = (mentorId: string, startsAt: Date, email: string) => `${mentorId} ${startsAt.toISOString()} ${email}`;

/** Who has already heard of each of these slots (through any of their entries), as toldKey strings. */
export async function listToldAddresses(slots: { mentorId: string; startsAt: Date }[]): Promise<Set<string>> {
  if (slots.length === 0) return new Set();
  const rows = await db.waitlistNotice.findMany({
    where: { OR: slots.map(({ mentorId, startsAt }) => ({ mentorId, startsAt })) },
    select: { mentorId: true, startsAt: true, entry: { select: { email: true } } },
  });
  return new Set(rows.map((row) => toldKey(row.mentorId, row.startsAt, row.entry.email)));
}

/**
 * What founders wait for now (confirmed, not lapsed, not yet told): per mentor
 * asked for on their page, and per topic and per language asked for in a search.
 */
export async function waitlistDemand(now: Date) {
  const waiting = { confirmedAt: { not: null }, expiresAt: { gt: now } };
  const [byMentor, byTopic, byLanguage] = await Promise.all([
    db.waitlistEntry.groupBy({ by: ["mentorId"], where: { ...waiting, mentorId: { not: null } }, _count: { _all: true } }),
    db.waitlistEntry.groupBy({ by: ["topicId"], where: { ...waiting, topicId: { not: null } }, _count: { _all: true } }),
    db.waitlistEntry.groupBy({ by: ["language"], where: { ...waiting, language: { not: null } }, _count: { _all: true } }),
  ]);
  const [mentors, topics] = await Promise.all([
    db.mentorProfile.findMany({ where: { id: { in: byMentor.map((row) => row.mentorId!) } }, select: { id: true, displayName: true } }),
    db.topic.findMany({ where: { id: { in: byTopic.map((row) => row.topicId!) } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...mentors.map((row) => [row.id, row.displayName] as const), ...topics.map((row) => [row.id, row.name] as const)]);
  const ranked = <Row extends { count: number; label: string }>(rows: Row[]) => rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    mentors: ranked(byMentor.map((row) => ({ key: row.mentorId!, label: names.get(row.mentorId!) ?? "—", count: row._count._all }))),
    topics: ranked(byTopic.map((row) => ({ key: row.topicId!, label: names.get(row.topicId!) ?? "—", count: row._count._all }))),
    languages: ranked(byLanguage.map((row) => ({ key: row.language!, label: row.language!, count: row._count._all }))),
  };
}

export type WaitlistDemand = Awaited<ReturnType<typeof waitlistDemand>>;
