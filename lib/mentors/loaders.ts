import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { BoundedCache } from "../cache/bounded";
import { CACHE_TAGS, mentorTag, onDirectoryChange, showsTag } from "../cache/invalidate";
import { loadMentorSchedules } from "../availability/data";
import { expandAvailability, type Slot } from "../availability/slots";
import { COUNTRIES } from "../format/countries";
import { languageChoices } from "../format/languages";
import { allTimeZones } from "../format/zones";
import { findOwnProfile, findPublicMentor, listActiveTopics, listDirectoryFacets, searchMentors } from "./data";
import { profileFormValues } from "./profile-preview";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "./schema";
import { requireVolunteer } from "../auth/session";

/** The directory's topic filter; an organiser's change shows within a minute. */
const loadTopicChoices = unstable_cache(() => listActiveTopics(), ["topic-choices"], { revalidate: 60, tags: [CACHE_TAGS.topics] });

export const loadDirectoryFacets = unstable_cache(() => listDirectoryFacets(), ["directory-facets"], { revalidate: 60, tags: [CACHE_TAGS.directoryFacets] });

export const loadActiveTopics = cache(() => listActiveTopics());

/** A mentor's profile and the slots founders can book now (none while the volunteer has paused). */
export async function findMentorWithSlots(slug: string, now = new Date()) {
  const mentor = await findPublicMentor(slug);
  if (!mentor) return null;
  const [schedule] = await loadMentorSchedules([mentor.id], now);
  const slots: Slot[] = schedule?.bookable ? expandAvailability(schedule.settings, schedule.busy, now) : [];
  return { mentor, slots, generatedAt: now };
}

/** The same, once per request, for a page that a change to the mentor re-renders on every instance. */
export const loadMentorWithSlots = cache(async (slug: string) => {
  await showsTag(mentorTag(slug));
  return findMentorWithSlots(slug);
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
function searchDirectory(query: DirectoryQuery) {
  const key = JSON.stringify(query);
  const { page, ...filters } = query;
  return directoryResults.getOrSet(key, () => {
    const results = searchMentors(filters, new Date(), page, DIRECTORY_PAGE_SIZE);
    results.catch(() => directoryResults.delete(key));
    return results;
  });
}

/** The directory page's data: one page of mentors and the choices its filters offer. */
export async function loadDirectory(query: DirectoryQuery) {
  const [cached, topics, facets] = await Promise.all([searchDirectory(query), loadTopicChoices(), loadDirectoryFacets()]);
  const { mentors, total } = cached;
  return { mentors, total, topics, facets, pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
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

/** The signed-in volunteer's profile editor. */
export const loadMyProfileEditor = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/profile");
  return loadOwnProfile(volunteer.mentor.id);
});
