import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";

// Cached things are invalidated by what changed, by the mutation that changed
// it: a mutation says "this mentor's times changed", and this module knows
// which cached pages and results show that.

/** Tags on Next's data cache entries (unstable_cache) that hold shared lists. */
export const CACHE_TAGS = { topics: "topics", directoryFacets: "directory-facets" } as const;

const directoryListeners = new Set<() => void>();

/** In-process caches of directory results register here to be emptied when the directory changes. */
export function onDirectoryChange(listener: () => void) {
  directoryListeners.add(listener);
}

/**
 * Outside a request (a background job, a script, a test) Next has no cache to
 * invalidate and says so by throwing; cached pages then expire on their own
 * within seconds (mentor pages revalidate every 10 s).
 */
function inRequest(work: () => void) {
  try {
    work();
  } catch {
    // Not in a request: nothing to invalidate here.
  }
}

/** Who is listed in the directory, or what it shows of them, changed. */
export function directoryChanged() {
  for (const listener of directoryListeners) listener();
  inRequest(() => {
    revalidateTag(CACHE_TAGS.directoryFacets, "max");
    revalidatePath("/mentors");
  });
}

/** A mentor's free times or public profile changed: their page in every zone, and the directory. */
export function mentorChanged(slug: string) {
  inRequest(() => revalidatePath(`/mentors/${slug}`, "layout"));
  directoryChanged();
}

/** The list of topics changed: every form and filter that offers them. */
export function topicsChanged() {
  inRequest(() => {
    revalidateTag(CACHE_TAGS.topics, "max");
    revalidatePath("/", "layout");
  });
  directoryChanged();
}

/** A volunteer's own area (sessions, feed, profile): per-request pages, but the browser's router keeps copies. */
export function volunteerAreaChanged() {
  inRequest(() => revalidatePath("/volunteer", "layout"));
}

/** What organisers see of volunteers changed. */
export function organiserAreaChanged() {
  inRequest(() => revalidatePath("/organiser", "layout"));
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
