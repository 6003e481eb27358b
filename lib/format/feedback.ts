import type { FeedbackNextStep } from "../db/types";

/** What founders can say happened next, in the order the form offers them. */
export const NEXT_STEPS = ["incorporating", "another_session", "still_exploring", "decided_not"] as const satisfies readonly FeedbackNextStep[];

export const NEXT_STEP_LABELS: Record<FeedbackNextStep, string> = {
  incorporating: "We're incorporating (or converting)",
  another_session: "We'd like another session",
  still_exploring: "We're still exploring",
  decided_not: "We've decided not to go ahead",
};

export const USEFULNESS_SCORES = [1, 2, 3, 4, 5] as const;

export const USEFULNESS_LABELS: Record<(typeof USEFULNESS_SCORES)[number], string> = {
  1: "Not useful",
  2: "A little useful",
  3: "Useful",
  4: "Very useful",
  5: "Exactly what we needed",
};

export const usefulnessLabel = (score: number) => USEFULNESS_LABELS[score as keyof typeof USEFULNESS_LABELS] ?? String(score);
