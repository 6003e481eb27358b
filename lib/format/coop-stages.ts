import { createTranslator } from "next-intl";
import { CoopStage } from "../db/types";
import en from "../i18n/messages/en.json";

// Where a founder's co-op is: the values come from the database's enum, the
// words from the "coopStages" messages, for the booking form, the volunteer's
// view and every email.
//
// coopStageLabel takes a translator already made for "coopStages" rather than a
// locale, so it stays synchronous and loads no language it is not given: a page
// passes `await getTranslations({ locale, namespace: "coopStages" })`, an email
// `await translatorFor(locale, "coopStages")` (lib/i18n/messages.ts). Only the
// English words are bundled here, as the fallback while callers move over.

export const COOP_STAGES = Object.values(CoopStage) as [CoopStage, ...CoopStage[]];

/** What coopStageLabel needs of a translator: a next-intl translator for "coopStages" is one. */
export type CoopStageTranslator = (key: `label.${CoopStage}`) => string;

const english: CoopStageTranslator = createTranslator({ locale: "en", messages: en, namespace: "coopStages" });

function isCoopStage(stage: string): stage is CoopStage {
  return (COOP_STAGES as string[]).includes(stage);
}

/** "forming_group" → "Forming a group", in the translator's language; unknown values come back as given. */
export function coopStageLabel(stage: string, t: CoopStageTranslator = english): string {
  return isCoopStage(stage) ? t(`label.${stage}`) : stage;
}

/** @deprecated English only: use coopStageLabel with the reader's translator. */
export const COOP_STAGE_LABELS = Object.fromEntries(COOP_STAGES.map((stage) => [stage, coopStageLabel(stage)])) as Record<CoopStage, string>;
