import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import es from "../i18n/messages/es.json";
import { COOP_STAGES, coopStageLabel } from "./coop-stages";

describe("coopStageLabel", () => {
  const english = createTranslator({ locale: "en", messages: en, namespace: "coopStages" });

  it("labels every stage in the translator's language", () => {
    const spanish = createTranslator({ locale: "es", messages: es, namespace: "coopStages" });
    const japanese = createTranslator({ locale: "ja", messages: ja, namespace: "coopStages" });
    expect(coopStageLabel("forming_group", english)).toBe("Forming a group");
    expect(coopStageLabel("forming_group", spanish)).toBe("Formando el grupo");
    expect(coopStageLabel("running", japanese)).toBe("すでに運営している");
    expect(COOP_STAGES.every((stage) => coopStageLabel(stage, spanish) !== stage)).toBe(true);
  });

  it("gives back a value it does not know", () => {
    expect(coopStageLabel("dissolved", english)).toBe("dissolved");
  });
});
