import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { BoundedCache } from "../cache/bounded";
import { CACHE_TAGS, mentorTag, onDirectoryChange, showsTag } from "../cache/invalidate";
import { loadMentorSchedules } from "../availability/data";
import { expandAvailability, type Slot } from "../availability/slots";
import { COUNTRIES } from "../format/countries";
import { languageChoices } from "../format/languages";
import { daytimeWindowKey, type DaytimeWindow } from "../format/daytime-window";
import { allTimeZones } from "../format/zones";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
import { matchFreeInWindow, searchMentorsInWindow, type ViewerWindow, type WindowMatches } from "./directory-window";
import { findOwnProfile, findOwnProfileTexts, findPublicMentor, listActiveTopics, listDirectoryFacets, searchMentors } from "./data";
import { pickLocale } from "../i18n/languages";
import { profileFormValues } from "./profile-preview";
import { textField } from "./profile-schema";
import { directoryCacheKey, DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "./schema";
import { requireVolunteer } from "../auth/session";

/** The directory's topic filter; an organiser's change shows within a minute. */
const loadTopicChoices = unstable_cache(() => listActiveTopics(), ["topic-choices"], { revalidate: 60, tags: [CACHE_TAGS.topics] });

export const loadDirectoryFacets = unstable_cache(() => listDirectoryFacets(), ["directory-facets"], { revalidate: 60, tags: [CACHE_TAGS.directoryFacets] });

export const loadActiveTopics = cache(() => listActiveTopics());

/** A mentor's profile (in the reader's language where the mentor wrote it) and the slots founders can book now (none while the volunteer has paused). */
export async function findMentorWithSlots(slug: string, now = new Date(), locale: Locale = DEFAULT_LOCALE) {
  const mentor = await findPublicMentor(slug, locale);
  if (!mentor) return null;
  const [schedule] = await loadMentorSchedules([mentor.id], now);
  const slots: Slot[] = schedule?.bookable ? expandAvailability(schedule.settings, schedule.busy, now) : [];
  return { mentor, slots, generatedAt: now };
}

/** The same, once per request, for a page that a change to the mentor re-renders on every instance. */
export const loadMentorWithSlots = cache(async (slug: string, locale: Locale = DEFAULT_LOCALE) => {
  await showsTag(mentorTag(slug));
  return findMentorWithSlots(slug, new Date(), locale);
});

/**
 * One page of results per filter set, shared by every visitor for a few seconds:
 * the same answer for everyone (times are formatted per visitor afterwards). A
 * booking or an availability change empties it at once, on every instance.
 */
const directoryResults = new BoundedCache<string, ReturnType<typeof searchMentors>>(500, 5_000);
onDirectoryChange(() => directoryResults.clear());

// In process, bounded: each filter set (free text included) is a new key, and
// Next's data cache would keep every one of them on disk for good.
function searchDirectory(query: DirectoryQuery, locale: Locale) {
  const key = directoryCacheKey(query, locale);
  const { page, ...filters } = query;
  return directoryResults.getOrSet(key, () => {
    const results = searchMentors(filters, new Date(), page, DIRECTORY_PAGE_SIZE, locale);
    results.catch(() => directoryResults.delete(key));
    return results;
  });
}

/**
 * The same for viewers with a daytime window, per zone and window as well: one
 * page of results, and (for "free within", whose every page comes from them) the
 * mentors free in that window. Fewer entries, as each costs more to work out.
 */
const windowResults = new BoundedCache<string, ReturnType<typeof searchMentorsInWindow>>(200, 5_000);
const windowMatches = new BoundedCache<string, Promise<WindowMatches>>(100, 5_000);
onDirectoryChange(() => {
  windowResults.clear();
  windowMatches.clear();
});

function shared<V>(cache: BoundedCache<string, Promise<V>>, key: string, work: () => Promise<V>): Promise<V> {
  return cache.getOrSet(key, () => {
    const result = work();
    result.catch(() => cache.delete(key));
    return result;
  });
}

function searchDirectoryInWindow(query: DirectoryQuery, viewer: ViewerWindow) {
  const { page, ...filters } = query;
  const seen = [viewer.zone, daytimeWindowKey(viewer.window), viewer.locale ?? DEFAULT_LOCALE];
  const now = new Date();
  return shared(windowResults, directoryCacheKey(query, ...seen), () =>
    searchMentorsInWindow(filters, viewer, now, page, DIRECTORY_PAGE_SIZE, (withDays) =>
      shared(windowMatches, directoryCacheKey(withDays, ...seen), () => matchFreeInWindow(withDays, viewer, now)),
    ),
  );
}

/**
 * The directory page's data: one page of mentors and the choices its filters
 * offer, those who speak the viewer's language first. With a daytime window,
 * each card's next free slot and the "free within" filter are the viewer's own
 * (lib/mentors/directory-window.ts).
 */
export async function loadDirectory(query: DirectoryQuery, viewer?: { zone: string; window: DaytimeWindow | null; locale?: Locale }) {
  const locale = viewer?.locale ?? DEFAULT_LOCALE;
  const results = viewer?.window
    ? searchDirectoryInWindow(query, { zone: viewer.zone, window: viewer.window, locale })
    : searchDirectory(query, locale).then((found) => ({ ...found, hiddenByWindow: 0, unchecked: 0 }));
  const [{ mentors, total, hiddenByWindow, unchecked }, topics, facets] = await Promise.all([results, loadTopicChoices(), loadDirectoryFacets()]);
  return { mentors, total, hiddenByWindow, unchecked, topics, facets, pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

/** The profile editor's data: the volunteer's saved profile, as a card and as form values, and the form's choices. */
export const loadOwnProfile = cache(async (mentorId: string) => {
  const [profile, topics] = await Promise.all([findOwnProfile(mentorId), loadActiveTopics()]);
  if (!profile) return null;
  const zones = allTimeZones();
  return {
    profile,
    values: profileFormValues(profile),
    options: {
      topics,
      countries: COUNTRIES,
      zones: zones.includes(profile.timeZone) ? zones : [profile.timeZone, ...zones],
      languages: languageChoices(profile.languages),
    },
  };
});

/** The signed-in volunteer's profile editor, with their language and their texts in other languages. */
export const loadMyProfileEditor = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/profile");
  const [editor, texts] = await Promise.all([loadOwnProfile(volunteer.mentor.id), findOwnProfileTexts(volunteer.mentor.id)]);
  if (!editor) return null;
  const locale = pickLocale(volunteer.locale);
  const translated = Object.fromEntries(
    texts.flatMap((text) => [
      [textField("headline", pickLocale(text.locale)), text.headline],
      [textField("bio", pickLocale(text.locale)), text.bio],
    ]),
  );
  return { ...editor, locale, values: { ...editor.values, ...translated, locale } };
});
