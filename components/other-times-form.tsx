import { useLocale, useTranslations } from "next-intl";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pickLocale } from "@/lib/i18n/languages";

interface Props {
  action: (form: FormData) => Promise<void>;
  token: string;
  slots: { startsAt: Date; endsAt: Date }[];
  zone: string;
  legend: string;
  submitLabel: string;
  quiet?: boolean;
  /** More fields the action needs, sent as they are. */
  hidden?: Record<string, string>;
}

/** A list of a mentor's free times to pick one from, sent with the booking's emailed-link token. */
export function OtherTimesForm({ action, token, slots, zone, legend, submitLabel, quiet, hidden = {} }: Props) {
  const t = useTranslations("slots");
  const locale = pickLocale(useLocale());
  return (
    <form action={action} className="form">
      <input type="hidden" name="token" value={token} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="field">
        <legend>{t("otherTimesLegend", { legend, zone: zoneLabel(zone, slots[0]?.startsAt ?? new Date()) })}</legend>
        <div className="choices">
          {slots.map((slot) => (
            <label key={slot.startsAt.toISOString()} className="choice">
              <input type="radio" name="start" value={slot.startsAt.toISOString()} />
              <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, zone, locale)}</time>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={quiet ? "button button--quiet" : "button"}>
        {submitLabel}
      </button>
    </form>
  );
}
