import "server-only";
import { loadMentorSchedules } from "../availability/data";
import { firstFreeInWindow, insideWindow, windowScreen } from "../availability/daytime-window";
import type { DaytimeWindow } from "../format/daytime-window";
import type { Locale } from "../i18n/languages";
import { findDirectoryMentors, listDirectoryCandidates, searchMentors, type DirectoryFilters, type DirectoryMentor } from "./data";

// The directory for a viewer with a daytime window. Without one, each card's
// next free slot and the "free within" filter come from the cached
// MentorProfile.nextFreeAt, the same for everyone. With one, both depend on the
// viewer's zone and window, so they are worked out here, bounded:
//
// - Only mentors the page would show anyway are looked at: one page of them
//   without "free within", and with it the mentors whose cached next free slot
//   falls within those days (the first slot in a window is never earlier than
//   the first slot).
// - A mentor whose cached next free slot already lies in the window needs no
//   expansion: it is the answer.
// - The others' schedules are loaded 100 at a time (one query a batch, which
//   also lets other requests in between). A mentor whose hours cannot reach the
//   window, whatever the two zones' clocks do meanwhile, is done with then
//   (windowScreen); the rest are expanded up to the filter's last day, or
//   their horizon, stopping at the first slot in the window.
// - At most MAX_EXPANDED schedules are loaded and expanded per request, in
//   directory order: a filter set, zone and window the caches have not seen is
//   a new key, and anyone can make up those. Mentors past the cap keep their
//   cached next free slot (within the days asked, perhaps outside the window),
//   as without a window, and the page says how many were not checked.
// At 1,000 mentors across the world's zones, "free within 30 days" cost one
// Node thread 0.6–1 s a request before the cap, 0.2–0.35 s with it. The
// loaders share each answer between viewers with the same zone and window for
// a few seconds, as they share the plain directory's.

export interface ViewerWindow {
  zone: string;
  window: DaytimeWindow;
  /** The viewer's language: who comes first, and which headline each card shows. */
  locale?: Locale;
}

const DAY_MS = 86_400_000;
const SCHEDULE_BATCH = 100;
/** Schedules expanded per request at most: a few pages of the directory's. */
export const MAX_EXPANDED = 200;

/**
 * Each mentor's first free slot in the viewer's window, starting before `until`
 * (else within their horizon); null for none. Past `maxExpanded` expansions,
 * the cached next free slot, and those mentors are listed as unchecked.
 */
async function firstFreeInViewerWindow(
  mentors: { id: string; nextFreeAt: Date | null; sessionMinutes?: number }[],
  viewer: ViewerWindow,
  now: Date,
  until: Date | undefined,
  maxExpanded: number,
): Promise<{ firsts: Map<string, Date | null>; unchecked: Set<string> }> {
  const inside = insideWindow(viewer.window, viewer.zone);
  const firsts = new Map<string, Date | null>();
  const unchecked = new Set<string>();
  const toExpand: string[] = [];
  for (const mentor of mentors) {
    const next = mentor.nextFreeAt;
    if (!next) firsts.set(mentor.id, null);
    else if (mentor.sessionMinutes && next >= now && inside({ startsAt: next, endsAt: new Date(next.getTime() + mentor.sessionMinutes * 60_000) })) {
      firsts.set(mentor.id, next);
    } else if (toExpand.length < maxExpanded) toExpand.push(mentor.id);
    else {
      firsts.set(mentor.id, next);
      unchecked.add(mentor.id);
    }
  }
  for (let from = 0; from < toExpand.length; from += SCHEDULE_BATCH) {
    const schedules = await loadMentorSchedules(toExpand.slice(from, from + SCHEDULE_BATCH), now);
    const horizon = new Date(now.getTime() + (Math.max(0, ...schedules.map((schedule) => schedule.settings.horizonDays)) + 1) * DAY_MS);
    const couldFit = windowScreen(viewer.window, viewer.zone, now, until ?? horizon);
    for (const schedule of schedules) {
      firsts.set(schedule.mentorId, couldFit(schedule.settings) ? (firstFreeInWindow(schedule, inside, now, until)?.startsAt ?? null) : null);
    }
  }
  return { firsts, unchecked };
}

/** A page of mentors with each card's next free slot the first one in the viewer's window. */
async function withNextFreeInWindow(mentors: DirectoryMentor[], viewer: ViewerWindow, now: Date) {
  const { firsts, unchecked } = await firstFreeInViewerWindow(mentors, viewer, now, undefined, MAX_EXPANDED);
  return { mentors: mentors.map((mentor) => ({ ...mentor, nextFreeAt: firsts.get(mentor.id) ?? null })), unchecked: unchecked.size };
}

export interface WindowMatches {
  /** In directory order, each with its first free slot in the window (or, if unchecked, its first free slot). */
  matches: { id: string; nextFreeAt: Date }[];
  /** Mentors free within the days asked whose every time then lies outside the window. */
  hiddenByWindow: number;
  /** Matches past the cap on expansions, not checked against the window. */
  unchecked: number;
}

/** Every mentor the filters match who has a free slot in the viewer's window within `filters.within` days. */
export async function matchFreeInWindow(
  filters: DirectoryFilters & { within: number },
  viewer: ViewerWindow,
  now: Date,
  { maxExpanded = MAX_EXPANDED } = {},
): Promise<WindowMatches> {
  const candidates = await listDirectoryCandidates(filters, now, viewer.locale);
  // The plain filter's horizon is inclusive; expansion's `until` is not.
  const until = new Date(now.getTime() + filters.within * DAY_MS + 1);
  const { firsts, unchecked } = await firstFreeInViewerWindow(candidates, viewer, now, until, maxExpanded);
  const matches = candidates.flatMap(({ id }) => {
    const nextFreeAt = firsts.get(id);
    return nextFreeAt ? [{ id, nextFreeAt }] : [];
  });
  return { matches, hiddenByWindow: candidates.length - matches.length, unchecked: unchecked.size };
}

/**
 * One page of the directory for a viewer with a window: the same mentors as
 * without it unless "free within" is asked (then those free in the window
 * then), and each card's next free slot the first in the window. `matched`
 * gives the matches for "free within", so a loader can share them between pages.
 */
export async function searchMentorsInWindow(
  filters: DirectoryFilters,
  viewer: ViewerWindow,
  now: Date,
  page: number,
  pageSize: number,
  matched: (filters: DirectoryFilters & { within: number }) => Promise<WindowMatches> = (withDays) => matchFreeInWindow(withDays, viewer, now),
): Promise<{ mentors: DirectoryMentor[]; total: number; hiddenByWindow: number; unchecked: number }> {
  const { within } = filters;
  if (!within) {
    const { mentors, total } = await searchMentors(filters, now, page, pageSize, viewer.locale);
    return { ...(await withNextFreeInWindow(mentors, viewer, now)), total, hiddenByWindow: 0 };
  }
  const { matches, hiddenByWindow, unchecked } = await matched({ ...filters, within });
  const shown = matches.slice((page - 1) * pageSize, page * pageSize);
  const firsts = new Map(shown.map((match) => [match.id, match.nextFreeAt]));
  const mentors = await findDirectoryMentors(
    shown.map((match) => match.id),
    viewer.locale,
  );
  return { mentors: mentors.map((mentor) => ({ ...mentor, nextFreeAt: firsts.get(mentor.id) ?? null })), total: matches.length, hiddenByWindow, unchecked };
}
