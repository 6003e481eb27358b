import "server-only";

// The app's side of lib/cache/handler.mjs, which Next loads outside the bundle:
// both meet on globalThis, so neither has to be loaded first.

interface CacheBus {
  revalidate(tags: string[], durations?: { expire?: number }): Promise<void>;
}

const BUS = Symbol.for("candle.cache-bus");
const LISTENERS = Symbol.for("candle.cache-listeners");

type Listener = (tags: string[]) => void;
const shared = globalThis as unknown as { [BUS]?: CacheBus; [LISTENERS]?: Set<Listener> };

/**
 * Expires tags on this instance and every other, from outside a request (a
 * background job). Without the server's cache handler (a script, a unit test)
 * there is nothing cached to expire.
 */
export function revalidateEverywhere(tags: string[]): void {
  void shared[BUS]?.revalidate(tags, { expire: 0 }).catch(() => {});
}

/** Hears every tag revalidated on this instance or another, for in-process caches of the app's own. */
export function onTagsRevalidated(listener: Listener): void {
  (shared[LISTENERS] ??= new Set()).add(listener);
}
