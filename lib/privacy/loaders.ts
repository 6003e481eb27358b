import "server-only";
import { getTranslations } from "next-intl/server";
import { config } from "../config";
import type { Locale } from "../i18n/languages";
import { retentionRows } from "./policy";

export async function loadRetentionRows(locale: Locale) {
  return retentionRows(config.retention, Math.round(config.dataLinkMs / 60_000), await getTranslations({ locale, namespace: "privacy.retention" }));
}
