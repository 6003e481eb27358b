import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { onTagsRevalidated, revalidateEverywhere } from "./cluster";
import { LOCALES } from "../i18n/languages";

// Cached things are invalidated by what changed, by the mutation that changed
// it: a mutation says "this mentor's times changed", and this module knows
// which cached pages and results show that. Every instance hears of it
// (lib/cache/handler.mjs), whether the change was made in a request or by a
// background job.

/** Tags on cached pages and data. */
export const CACHE_TAGS = {
  topics: "topics",
  directoryFacets: "directory-facets",
  /** Carries no cache entry: it tells every instance to empty its in-process directory results. */
  directory: "directory",
} as const;

/** Every page of one mentor, in every zone. */
export const mentorTag = (slug: string) => `mentor:${slug}`;

// The directory's address in every language, as Next renders it: English too
// has its prefix there (the proxy rewrites /mentors to /en/mentors).
const DIRECTORY_PATHS = LOCALES.map((locale) => `/${locale}/mentors`);

/** Next's implicit tags (what revalidatePath expires): every page, and the directory's paths. */
const IMPLICIT = { everyPage: "_N_T_/layout", directory: DIRECTORY_PATHS.map((path) => `_N_T_${path}`) } as const;

const directoryListeners = new Set<() => void>();

/** In-process caches of directory results register here to be emptied when the directory changes, here or on another instance. */
export function onDirectoryChange(listener: () => void) {
  directoryListeners.add(listener);
}

onTagsRevalidated((tags) => {
  if (tags.includes(CACHE_TAGS.directory) || tags.includes(IMPLICIT.everyPage)) for (const listener of directoryListeners) listener();
});

/**
 * Marks the page being rendered as showing `tag`, so that revalidating the tag
 * re-renders it (Next gives a page the tags of the cached data it read).
 */
export async function showsTag(tag: string): Promise<void> {
  await unstable_cache(async () => true, ["shows", tag], { tags: [tag] })();
}

/**
 * In a request, through Next (which also refreshes the browser's copy of the
 * pages, and tells the other instances through the cache handler). Outside one
 * (a background job, a script, a test) Next says so by throwing: the tags are
 * then expired through the cache bus directly.
 */
function revalidate(tags: string[], inRequest: () => void) {
  try {
    inRequest();
  } catch {
    revalidateEverywhere(tags);
  }
}

/** Who is listed in the directory, or what it shows of them, changed. */
export function directoryChanged() {
  for (const listener of directoryListeners) listener();
  revalidate([CACHE_TAGS.directory, CACHE_TAGS.directoryFacets, ...IMPLICIT.directory], () => {
    revalidateTag(CACHE_TAGS.directory, { expire: 0 });
    revalidateTag(CACHE_TAGS.directoryFacets, "max");
    for (const path of DIRECTORY_PATHS) revalidatePath(path);
  });
}

/** A mentor's free times or public profile changed: their page in every zone, and the directory. */
export function mentorChanged(slug: string) {
  revalidate([mentorTag(slug)], () => revalidateTag(mentorTag(slug), { expire: 0 }));
  directoryChanged();
}

/** The list of topics changed: every form and filter that offers them. */
export function topicsChanged() {
  revalidate([CACHE_TAGS.topics, IMPLICIT.everyPage], () => {
    revalidateTag(CACHE_TAGS.topics, "max");
    revalidatePath("/", "layout");
  });
  directoryChanged();
}

/** Per-request pages only; in a request, the browser's router drops its copies. Outside one there is nothing cached. */
function inRequestOnly(work: () => void) {
  try {
    work();
  } catch {
    // Not in a request: nothing to invalidate.
  }
}

/** A volunteer's own area (sessions, feed, profile). */
export function volunteerAreaChanged() {
  inRequestOnly(() => revalidatePath("/volunteer", "layout"));
}

/** What organisers see of volunteers changed. */
export function organiserAreaChanged() {
  inRequestOnly(() => revalidatePath("/organiser", "layout"));
}

/** A mutation that, once it has committed, invalidates what its change shows up in. */
export function invalidating<Args extends unknown[], Result>(
  change: (...args: Args) => Promise<Result>,
  invalidate: (result: Result) => void,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    const result = await change(...args);
    invalidate(result);
    return result;
  };
}
