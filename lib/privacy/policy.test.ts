import { describe, expect, it } from "vitest";
import { retentionRows } from "./policy";

describe("retentionRows", () => {
  it("says what the retention settings say", () => {
    const text = retentionRows({ emailDays: 7, unconfirmedDays: 3, bookingDays: 180 }, 30)
      .map((row) => row.howLong)
      .join("\n");
    expect(text).toContain("Until 180 days after the session");
    expect(text).toContain("erased 3 days after the hold lapses");
    expect(text).toContain("erased 7 days after sending");
    expect(text).toContain("30 minutes, and it works once");
  });

  it("follows a change of setting, down to erasing at once", () => {
    const text = retentionRows({ emailDays: 0, unconfirmedDays: 1, bookingDays: 365 }, 15)
      .map((row) => row.howLong)
      .join("\n");
    expect(text).toContain("365 days after the session");
    expect(text).toContain("1 day after the hold lapses");
    expect(text).toContain("erased as soon as sending");
  });
});
