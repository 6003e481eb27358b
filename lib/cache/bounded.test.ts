import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded";

describe("BoundedCache", () => {
  it("never holds more than its maximum, dropping the least recently used", () => {
    const cache = new BoundedCache<string, number>(3);
    for (const [index, key] of ["a", "b", "c"].entries()) cache.set(key, index);
    cache.get("a");
    cache.set("d", 3);
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(0);
    for (let n = 0; n < 1_000; n++) cache.set(`key-${n}`, n);
    expect(cache.size).toBe(3);
  });

  it("forgets entries once their time is up", () => {
    const cache = new BoundedCache<string, string>(10, 1_000);
    cache.set("k", "v", 0);
    expect(cache.get("k", 999)).toBe("v");
    expect(cache.get("k", 1_000)).toBeUndefined();
    expect(cache.getOrSet("k", () => "fresh", 1_000)).toBe("fresh");
  });
});
