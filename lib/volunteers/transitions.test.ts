import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en.json";
import { actionsFor, outcomeKey, TRANSITIONS, VOLUNTEER_ACTIONS, type VolunteerAction } from "./transitions";

describe("volunteer status transitions", () => {
  it("offers each status only the actions that apply to it", () => {
    expect(actionsFor("pending")).toEqual(["approve", "decline"]);
    expect(actionsFor("approved")).toEqual(["pause", "retire"]);
    expect(actionsFor("paused")).toEqual(["resume", "retire"]);
    expect(actionsFor("declined")).toEqual(["approve"]);
    expect(actionsFor("retired")).toEqual([]);
  });

  it("cancels sessions, with a reason for founders, only when pausing or retiring", () => {
    for (const action of VOLUNTEER_ACTIONS) {
      const transition = TRANSITIONS[action];
      expect(transition.cancelsBookings).toBe(action === "pause" || action === "retire");
      expect(Boolean(transition.reason)).toBe(transition.cancelsBookings);
      expect(transition.auditAction).toMatch(/^volunteer\.[a-z]+$/);
    }
  });

  it("says what happened, counting cancelled sessions", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "organiserVolunteers.outcome" });
    const say = (action: VolunteerAction, cancelled: number) => t(outcomeKey(action, cancelled), { name: "Ana", action, count: cancelled });
    expect(say("approve", 0)).toBe("Ana is approved. We emailed them to say so.");
    expect(say("pause", 0)).toBe("Ana is paused. They had no upcoming sessions. We emailed them to say so.");
    expect(say("pause", 1)).toBe("Ana is paused. 1 upcoming session was cancelled; the founders were told and offered other mentors.");
    expect(say("retire", 3)).toContain("3 upcoming sessions were cancelled");
  });
});
