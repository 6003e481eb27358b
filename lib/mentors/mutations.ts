import "server-only";
import { refreshNextFreeSlots } from "../availability/mutations";
import { db } from "../db/client";
import type { Locale } from "../i18n/languages";
import type { ProfileInput, ProfileText } from "./profile-schema";
import { mentorSearchText } from "./search-text";
import { volunteerActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { mentorChanged, volunteerAreaChanged } from "../cache/invalidate";

export type UpdateProfileResult = { ok: true } | { ok: false; errors: { topics: string } };

/** What the profile editor saves besides the public profile: the volunteer's language and their texts in other languages. */
export interface ProfileLanguageSettings {
  locale?: Locale;
  texts?: ProfileText[];
}

const TEXT_FIELDS = ["displayName", "pronouns", "headline", "bio", "timeZone", "country", "coopName", "coopUrl", "meetingUrl"] as const;

/**
 * Saves a volunteer's own public profile: its fields, topics and languages (both
 * replaced), the search text, and (when given) their language and their headline
 * and bio in other languages. The slug stays, so shared links keep working;
 * the status is the organisers' and is not touched.
 */
export async function updateProfile(
  mentorId: string,
  input: ProfileInput,
  now = new Date(),
  { locale, texts = [] }: ProfileLanguageSettings = {},
): Promise<UpdateProfileResult> {
  const topicIds = [...new Set(input.topics)];
  const languages = [...new Set(input.languages)];
  let slug: string | undefined;
  const result = await db.$transaction(async (tx): Promise<UpdateProfileResult> => {
    const active = await tx.topic.count({ where: { id: { in: topicIds }, archived: false } });
    if (active !== topicIds.length) return { ok: false, errors: { topics: "topicsUnknown" } };
    const before = await tx.mentorProfile.findUniqueOrThrow({
      where: { id: mentorId },
      select: {
        displayName: true,
        pronouns: true,
        headline: true,
        bio: true,
        timeZone: true,
        country: true,
        coopName: true,
        coopUrl: true,
        meetingUrl: true,
        userId: true,
        slug: true,
        user: { select: { email: true, locale: true } },
        texts: { select: { locale: true, headline: true, bio: true } },
        topics: { select: { topicId: true } },
        languages: { select: { language: true } },
      },
    });
    const { displayName, pronouns, headline, bio, timeZone, country, coopName, coopUrl, meetingUrl } = input;
    await tx.mentorProfile.update({
      where: { id: mentorId },
      data: {
        displayName,
        pronouns,
        headline,
        bio,
        timeZone,
        country,
        coopName,
        coopUrl,
        meetingUrl,
        searchText: mentorSearchText(input),
      },
      select: { id: true },
    });
    await tx.mentorTopic.deleteMany({ where: { mentorId } });
    await tx.mentorTopic.createMany({ data: topicIds.map((topicId) => ({ mentorId, topicId })) });
    await tx.mentorLanguage.deleteMany({ where: { mentorId } });
    await tx.mentorLanguage.createMany({ data: languages.map((language) => ({ mentorId, language })) });
    if (locale && locale !== before.user.locale) await tx.user.update({ where: { id: before.userId }, data: { locale }, select: { id: true } });
    const textsChanged: string[] = [];
    for (const text of texts) {
      const saved = before.texts.find((row) => row.locale === text.locale);
      if (!text.headline && !text.bio) {
        if (saved) await tx.mentorProfileText.delete({ where: { mentorId_locale: { mentorId, locale: text.locale } } });
      } else if (saved?.headline !== text.headline || saved.bio !== text.bio) {
        await tx.mentorProfileText.upsert({
          where: { mentorId_locale: { mentorId, locale: text.locale } },
          create: { mentorId, locale: text.locale, headline: text.headline, bio: text.bio },
          update: { headline: text.headline, bio: text.bio },
        });
      } else continue;
      textsChanged.push(`texts.${text.locale}`);
    }
    const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));
    const changed = [
      ...TEXT_FIELDS.filter((field) => before[field] !== input[field]),
      ...(sameSet(
        before.topics.map((row) => row.topicId),
        topicIds,
      )
        ? []
        : ["topics"]),
      ...(sameSet(
        before.languages.map((row) => row.language),
        languages,
      )
        ? []
        : ["languages"]),
      ...(locale && locale !== before.user.locale ? ["locale"] : []),
      ...textsChanged,
    ];
    await recordAudit(
      volunteerActor({ id: before.userId, email: before.user.email }),
      { action: "profile.updated", targetType: "mentor", targetId: mentorId, details: { changed } },
      tx,
    );
    // Weekly hours are wall-clock times in the volunteer's zone: a new zone moves every slot.
    if (changed.includes("timeZone")) await refreshNextFreeSlots([mentorId], now, tx);
    slug = before.slug;
    return { ok: true };
  });
  // The public card (and the volunteer's own view of it) show what was saved.
  if (slug) mentorChanged(slug);
  volunteerAreaChanged();
  return result;
}
