import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256 } from "./sha256";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const reference = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(hex(sha256(new Uint8Array()))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(new TextEncoder().encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("matches node:crypto for every length across the one-, two- and three-block boundaries", () => {
    for (let length = 0; length <= 200; length++) {
      const message = randomBytes(length);
      expect(hex(sha256(message)), `length ${length}`).toBe(reference(message));
    }
  });

  it("does not depend on the message's offset in a larger buffer", () => {
    const backing = randomBytes(100);
    const view = backing.subarray(13, 49);
    expect(hex(sha256(view))).toBe(reference(view));
  });
});
