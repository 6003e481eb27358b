import { describe, expect, it } from "vitest";
import type { BookingStatus } from "../db/types";
import { canCancel, canUndoOutcome, groupSessions, hasInvite, needsOutcome, sessionStatusLabel, type SessionTiming } from "./groups";

const now = new Date("2026-03-29T00:30:00.000Z");
const hour = 3_600_000;

function session(name: string, status: BookingStatus, startOffsetHours: number, expiresInMinutes: number | null = null) {
  const startsAt = new Date(now.getTime() + startOffsetHours * hour);
  return {
    name,
    status,
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    expiresAt: expiresInMinutes === null ? null : new Date(now.getTime() + expiresInMinutes * 60_000),
  };
}

const names = (list: { name: string }[]) => list.map((item) => item.name);

describe("groupSessions", () => {
  it("puts each session in one group, in the order the volunteer reads them", () => {
    const sessions = [
      session("next week", "confirmed", 7 * 24),
      session("tomorrow", "confirmed", 24),
      session("waiting", "pending", 48, 20),
      session("lapsed hold", "pending", 48, -1),
      session("expired", "expired", 72),
      session("last week", "confirmed", -7 * 24),
      session("yesterday", "confirmed", -24),
      session("held", "held", -3 * 24),
      session("no-show", "no_show", -2 * 24),
      session("cancelled future", "cancelled_by_founder", 5 * 24),
      session("cancelled past", "cancelled_by_mentor", -10 * 24),
    ];
    const groups = groupSessions(sessions, now);
    expect(names(groups.upcoming)).toEqual(["tomorrow", "waiting", "next week"]);
    expect(names(groups.needsOutcome)).toEqual(["last week", "yesterday"]);
    expect(names(groups.past)).toEqual(["cancelled future", "no-show", "held", "cancelled past"]);
  });

  it("keeps a session that is under way upcoming until its end, then asks for the outcome", () => {
    const running = session("running", "confirmed", -0.5);
    expect(names(groupSessions([running], now).upcoming)).toEqual(["running"]);
    const atEnd = new Date(running.endsAt);
    expect(names(groupSessions([running], atEnd).needsOutcome)).toEqual(["running"]);
  });

  it("drops an unconfirmed hold whose time has passed even if the hold had not", () => {
    expect(groupSessions([session("stale", "pending", -2, 30)], now)).toEqual({ upcoming: [], needsOutcome: [], past: [] });
  });
});

describe("what a volunteer may do with a session", () => {
  const cases: [string, SessionTiming, { cancel: boolean; outcome: boolean; invite: boolean }][] = [
    ["confirmed, ahead", session("", "confirmed", 2), { cancel: true, outcome: false, invite: true }],
    ["confirmed, under way", session("", "confirmed", -0.5), { cancel: false, outcome: false, invite: true }],
    ["confirmed, over", session("", "confirmed", -2), { cancel: false, outcome: true, invite: true }],
    ["waiting for the founder", session("", "pending", 2, 10), { cancel: true, outcome: false, invite: false }],
    ["hold lapsed", session("", "pending", 2, -10), { cancel: false, outcome: false, invite: false }],
    ["held", session("", "held", -2), { cancel: false, outcome: false, invite: true }],
    ["no-show", session("", "no_show", -2), { cancel: false, outcome: false, invite: true }],
    ["cancelled", session("", "cancelled_by_founder", 2), { cancel: false, outcome: false, invite: false }],
  ];
  it.each(cases)("%s", (_name, timing, expected) => {
    expect({ cancel: canCancel(timing, now), outcome: needsOutcome(timing, now), invite: hasInvite(timing) }).toEqual(expected);
  });
});

describe("sessionStatusLabel", () => {
  it("says who cancelled, in the volunteer's words", () => {
    expect(sessionStatusLabel("cancelled_by_mentor")).toBe("Cancelled by you");
    expect(sessionStatusLabel("pending")).toBe("Waiting for the founder to confirm");
  });
});

describe("canUndoOutcome", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3_600_000);
  it("allows taking back held or no-show for seven days after it was marked", () => {
    expect(canUndoOutcome({ status: "held", outcomeAt: daysAgo(6.9) }, now)).toBe(true);
    expect(canUndoOutcome({ status: "no_show", outcomeAt: daysAgo(0) }, now)).toBe(true);
    expect(canUndoOutcome({ status: "held", outcomeAt: daysAgo(7) }, now)).toBe(false);
    expect(canUndoOutcome({ status: "held", outcomeAt: null }, now)).toBe(false);
    expect(canUndoOutcome({ status: "confirmed", outcomeAt: daysAgo(1) }, now)).toBe(false);
    expect(canUndoOutcome({ status: "cancelled_by_mentor", outcomeAt: daysAgo(1) }, now)).toBe(false);
  });
});
