import { CoopStage } from "../db/types";

// Where a founder's co-op is: the values come from the database's enum, the
// words from here, for the booking form, the volunteer's view and every email.
// Browser-safe: the booking form imports it.

export const COOP_STAGES = Object.values(CoopStage) as [CoopStage, ...CoopStage[]];

export const COOP_STAGE_LABELS: Record<CoopStage, string> = {
  idea: "Just an idea",
  forming_group: "Forming a group",
  incorporating: "Incorporating",
  converting: "Converting an existing business",
  running: "Already running",
};

export function coopStageLabel(stage: string): string {
  return Object.hasOwn(COOP_STAGE_LABELS, stage) ? COOP_STAGE_LABELS[stage as CoopStage] : stage;
}
