import { useTranslations } from "next-intl";
import { allTimeZones } from "@/lib/format/zones";

/** A plain GET form, so changing the zone works without JavaScript too. */
export function ZonePicker({ action, zone, returnTo }: { action: string; zone: string; returnTo: string }) {
  const t = useTranslations("timeZone");
  return (
    <form method="get" action={action} className="zone-picker">
      <input type="hidden" name="return" value={returnTo} />
      <label htmlFor="tz">{t("showTimesIn")}</label>
      <select id="tz" name="tz" defaultValue={zone}>
        {allTimeZones().map((option) => (
          <option key={option} value={option}>
            {option.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        {t("show")}
      </button>
    </form>
  );
}
