/**
 * A Map that never grows past `max` entries (the least recently used one goes
 * first) and forgets entries after `ttlMs`. Every in-process cache keyed by
 * something a visitor sends is one of these, so no request can grow memory.
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, { value: V; expires: number }>();

  constructor(
    readonly max: number,
    readonly ttlMs = Number.POSITIVE_INFINITY,
  ) {}

  get size() {
    return this.#entries.size;
  }

  get(key: K, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= now) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, now = Date.now()): V {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    while (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
    return value;
  }

  delete(key: K) {
    this.#entries.delete(key);
  }

  clear() {
    this.#entries.clear();
  }

  /** The cached value, or `make()`'s, cached. */
  getOrSet(key: K, make: () => V, now = Date.now()): V {
    const found = this.get(key, now);
    return found !== undefined ? found : this.set(key, make(), now);
  }
}
