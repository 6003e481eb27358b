import { useLocale, useTranslations } from "next-intl";
import styles from "./daytime-window-form.module.css";
import { DAYTIME_WINDOW_PRESETS, DEFAULT_DAYTIME_WINDOW, daytimeWindowKey, windowHours, type DaytimeWindow } from "@/lib/format/daytime-window";
import { pickLocale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";

interface Props {
  /** The window the page shows, or null when it shows every time. */
  window: DaytimeWindow | null;
  /** The page to come back to (its filters or its zone are kept), without its language: the form's address carries that. */
  returnTo: string;
}

/**
 * "Only show times [08:00–21:00] in my time zone": a plain GET form to
 * /time-zone/window, which remembers the choice and comes back, so it works
 * without JavaScript and on cached pages. Only the presets can be chosen.
 */
export function DaytimeWindowForm({ window, returnTo }: Props) {
  const t = useTranslations("daytimeWindow");
  return (
    <form method="get" action={localisedPath(pickLocale(useLocale()), "/time-zone/window")} className={styles.form}>
      <fieldset className={styles.row}>
        <legend className="visually-hidden">{t("legend")}</legend>
        <input type="hidden" name="return" value={returnTo} />
        <span className={styles.toggle}>
          <input type="checkbox" id="window-only" name="only" defaultChecked={window !== null} />
          <label htmlFor="window-only">{t("only")}</label>
        </span>
        <label htmlFor="window-hours" className="visually-hidden">
          {t("hours")}
        </label>
        <select id="window-hours" name="between" defaultValue={daytimeWindowKey(window ?? DEFAULT_DAYTIME_WINDOW)}>
          {DAYTIME_WINDOW_PRESETS.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {t(choice.evenings ? "presetEvenings" : "preset", windowHours(choice.window))}
            </option>
          ))}
        </select>
        <span>{t("inMyZone")}</span>
        <button type="submit" className="button button--small">
          {t("apply")}
        </button>
      </fieldset>
    </form>
  );
}
