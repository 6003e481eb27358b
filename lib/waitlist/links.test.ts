import { describe, expect, it } from "vitest";
import { hashSecret } from "../security/secrets";
import { bookingFormUrl, waitlistLinkHashes, waitlistLinkToken, waitlistUrls } from "./links";

describe("waitlist links", () => {
  it("differ by purpose and entry, and only their hashes are stored", () => {
    const confirm = waitlistLinkToken("secret", "confirm", "e1");
    expect(confirm).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(waitlistLinkToken("secret", "unsubscribe", "e1")).not.toBe(confirm);
    expect(waitlistLinkToken("secret", "confirm", "e2")).not.toBe(confirm);
    expect(waitlistLinkToken("other", "confirm", "e1")).not.toBe(confirm);
    expect(waitlistLinkHashes("secret", "e1").confirmTokenHash).toBe(hashSecret(confirm));
    expect(waitlistUrls("https://candle.example", "secret", "e1", "en").confirmUrl).toBe(`https://candle.example/waitlist/confirm/${confirm}`);
    expect(waitlistUrls("https://candle.example", "secret", "e1", "ja").confirmUrl).toBe(`https://candle.example/ja/waitlist/confirm/${confirm}`);
  });

  it("lead to the booking form for the slot, in the founder's zone", () => {
    expect(bookingFormUrl("https://candle.example", "ren-ito", new Date("2031-03-30T09:00:00Z"), "America/New_York", "en")).toBe(
      "https://candle.example/mentors/ren-ito/book?start=2031-03-30T09%3A00%3A00.000Z&tz=America%2FNew_York",
    );
    expect(bookingFormUrl("https://candle.example", "ren-ito", new Date("2031-03-30T09:00:00Z"), "America/New_York", "es")).toBe(
      "https://candle.example/es/mentors/ren-ito/book?start=2031-03-30T09%3A00%3A00.000Z&tz=America%2FNew_York",
    );
  });
});
