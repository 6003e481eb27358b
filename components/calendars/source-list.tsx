import type { CalendarSourceView } from "@/lib/calendars/loaders";
import { formatShortDateTime } from "@/lib/format/time";

interface Props {
  sources: CalendarSourceView[];
  zone: string;
  refresh: (form: FormData) => Promise<void>;
  remove: (form: FormData) => Promise<void>;
  choose: (form: FormData) => Promise<void>;
}

function status(source: CalendarSourceView, zone: string): string {
  const last = source.lastGoodAt ? `Last read ${formatShortDateTime(source.lastGoodAt, zone)}.` : "Not read yet.";
  if (!source.lastError) return last;
  const kept = source.lastGoodAt ? " Its busy times stay as last read." : "";
  return `${last} The last ${source.failures === 1 ? "read" : `${source.failures} reads`} failed: ${source.lastError}.${kept}`;
}

/** Each connected calendar with its status, Refresh now and Remove; a CalDAV account also lists its calendars to tick. Plain forms: no script needed. */
export function CalendarSourceList({ sources, zone, refresh, remove, choose }: Props) {
  if (sources.length === 0) return <p className="empty-state">No calendars connected yet.</p>;
  return (
    <ul className="link-list">
      {sources.map((source) => (
        <li key={source.id}>
          <h3>{source.label}</h3>
          <p className="hint">
            {source.kind === "caldav" ? "CalDAV account" : "Secret address"}: <code>{source.masked}</code>
          </p>
          <p role={source.lastError ? "alert" : undefined}>{status(source, zone)}</p>
          {source.kind === "caldav" ? (
            <form action={choose} className="form">
              <input type="hidden" name="source" value={source.id} />
              <fieldset className="field">
                <legend>Calendars that count as busy</legend>
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
                  Save choice
                </button>
              </div>
            </form>
          ) : null}
          <div className="actions">
            <form action={refresh}>
              <input type="hidden" name="source" value={source.id} />
              <button type="submit" className="button button--small">
                Refresh now <span className="visually-hidden">{source.label}</span>
              </button>
            </form>
            <form action={remove}>
              <input type="hidden" name="source" value={source.id} />
              <button type="submit" className="button button--small button--danger">
                Remove <span className="visually-hidden">{source.label}</span>
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
