import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en.json";
import { AUDIT_ACTIONS, describeTarget, detailPairs, knownAuditAction } from "./wording";

describe("audit wording", () => {
  it("words known actions and shows unknown ones as logged", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "audit.actions" });
    expect(t(knownAuditAction("volunteer.paused")!)).toBe("Paused a volunteer");
    expect(t(knownAuditAction("export.bookings")!)).toBe("Downloaded the bookings CSV");
    expect(knownAuditAction("something.new")).toBeNull();
    for (const action of AUDIT_ACTIONS) expect(t.has(action), action).toBe(true);
  });

  it("names targets it can resolve and falls back to the id", () => {
    const names = new Map([["mentor:m1", "Ana Pérez"]]);
    const t = createTranslator({ locale: "en", messages: en, namespace: "audit.targets" });
    const target = describeTarget("mentor", "m1", names);
    expect(t(target.type!, { name: target.name })).toBe("Volunteer Ana Pérez");
    expect(describeTarget("mentor", "gone", names)).toEqual({ type: "mentor", raw: "mentor", name: "gone" });
    expect(describeTarget("widget", "w1", names)).toEqual({ type: null, raw: "widget", name: "w1" });
  });

  it("turns details JSON into pairs, keeping odd values readable", () => {
    expect(detailPairs(null)).toEqual([]);
    expect(detailPairs(JSON.stringify({ from: "approved", cancelledBookings: 2, freeText: false, list: [1] }))).toEqual([
      ["from", "approved"],
      ["cancelledBookings", "2"],
      ["freeText", "no"],
      ["list", "[1]"],
    ]);
    expect(detailPairs("not json")).toEqual([["details", "not json"]]);
    expect(detailPairs("42")).toEqual([["details", "42"]]);
  });
});
