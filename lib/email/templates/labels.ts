export const COOP_STAGE_LABELS = {
  idea: "Just an idea",
  forming_group: "Forming a group",
  incorporating: "Incorporating",
  converting: "Converting an existing business",
  running: "Already running",
} as const satisfies Record<string, string>;

export type CoopStage = keyof typeof COOP_STAGE_LABELS;

export function coopStageLabel(stage: string): string {
  return Object.hasOwn(COOP_STAGE_LABELS, stage) ? COOP_STAGE_LABELS[stage as CoopStage] : stage;
}
