import { CoopStage } from "../db/types";

// Where a founder's co-op is: the values come from the database's enum, the
// words from the "coopStages" messages, for the booking form, the volunteer's
// view and every email.
//
// coopStageLabel takes a translator already made for "coopStages" rather than a
// locale, so it stays synchronous and loads no language it is not given: a page
// passes `await getTranslations({ locale, namespace: "coopStages" })`, an email
// `await translatorFor(locale, "coopStages")` (lib/i18n/messages.ts). No
// language's messages are imported here: the booking form's schema reads
// COOP_STAGES in the browser.

export const COOP_STAGES = Object.values(CoopStage) as [CoopStage, ...CoopStage[]];

/** What coopStageLabel needs of a translator: a next-intl translator for "coopStages" is one. */
export type CoopStageTranslator = (key: `label.${CoopStage}`) => string;

function isCoopStage(stage: string): stage is CoopStage {
  return (COOP_STAGES as string[]).includes(stage);
}

/** "forming_group" → "Forming a group", in the translator's language; unknown values come back as given. */
export function coopStageLabel(stage: string, t: CoopStageTranslator): string {
  return isCoopStage(stage) ? t(`label.${stage}`) : stage;
}
