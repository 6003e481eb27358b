import { useTranslations } from "next-intl";
import type { CalendarSourceView } from "@/lib/calendars/loaders";
import { formatShortDateTime } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/languages";

interface Props {
  sources: CalendarSourceView[];
  zone: string;
  locale: Locale;
  refresh: (form: FormData) => Promise<void>;
  remove: (form: FormData) => Promise<void>;
  choose: (form: FormData) => Promise<void>;
}

type Translate = ReturnType<typeof useTranslations<"calendars">>;

function status(source: CalendarSourceView, zone: string, locale: Locale, t: Translate): string {
  const last = source.lastGoodAt ? t("lastRead", { time: formatShortDateTime(source.lastGoodAt, zone, locale) }) : t("notRead");
  if (!source.lastError) return last;
  const failed = t("failedReads", { count: source.failures, error: source.lastError });
  return [last, failed, source.lastGoodAt ? t("keptBusy") : null].filter(Boolean).join(" ");
}

/** Each connected calendar with its status, Refresh now and Remove; a CalDAV account also lists its calendars to tick. Plain forms: no script needed. */
export function CalendarSourceList({ sources, zone, locale, refresh, remove, choose }: Props) {
  const t = useTranslations("calendars");
  if (sources.length === 0) return <p className="empty-state">{t("none")}</p>;
  return (
    <ul className="link-list">
      {sources.map((source) => (
        <li key={source.id}>
          <h3>{source.label}</h3>
          <p className="hint">
            {t("kind", { kind: source.kind })}: <code>{source.masked}</code>
          </p>
          <p role={source.lastError ? "alert" : undefined}>{status(source, zone, locale, t)}</p>
          {source.kind === "caldav" ? (
            <form action={choose} className="form">
              <input type="hidden" name="source" value={source.id} />
              <fieldset className="field">
                <legend>{t("countAsBusy")}</legend>
                <div className="choices">
                  {source.calendars.map((calendar, index) => (
                    <label key={calendar.url} className="choice">
                      <input type="checkbox" name="calendar" value={calendar.url} defaultChecked={calendar.chosen} id={`${source.id}-${index}`} />
                      {calendar.name}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div>
                <button type="submit" className="button button--small">
                  {t("saveChoice")}
                </button>
              </div>
            </form>
          ) : null}
          <div className="actions">
            <form action={refresh}>
              <input type="hidden" name="source" value={source.id} />
              <button type="submit" className="button button--small">
                {t("refresh")} <span className="visually-hidden">{source.label}</span>
              </button>
            </form>
            <form action={remove}>
              <input type="hidden" name="source" value={source.id} />
              <button type="submit" className="button button--small button--danger">
                {t("remove")} <span className="visually-hidden">{source.label}</span>
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
