import { FieldError } from "./field-error";
import styles from "./daytime-window-form.module.css";
import { DEFAULT_DAYTIME_WINDOW, formatWindowHour, WINDOW_END_HOURS, WINDOW_START_HOURS, type DaytimeWindow } from "@/lib/format/daytime-window";

interface Props {
  /** The window the page shows, or null when it shows every time. */
  window: DaytimeWindow | null;
  /** The page to come back to (its filters or its zone are kept). */
  returnTo: string;
  error?: string;
}

const hourValue = (hour: number) => String(hour).padStart(2, "0");

function HourSelect({ id, name, label, hours, value }: { id: string; name: string; label: string; hours: number[]; value: number }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} name={name} defaultValue={hourValue(value)}>
        {hours.map((hour) => (
          <option key={hour} value={hourValue(hour)}>
            {formatWindowHour(hour)}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * "Only show times between 08:00 and 21:00 in my time zone": a plain GET form to
 * /time-zone/window, which remembers the choice and comes back, so it works
 * without JavaScript and on cached pages.
 */
export function DaytimeWindowForm({ window, returnTo, error }: Props) {
  const shown = window ?? DEFAULT_DAYTIME_WINDOW;
  return (
    <form method="get" action="/time-zone/window" className={styles.form}>
      <fieldset className={styles.row} aria-describedby={error ? "window-error" : undefined}>
        <legend className="visually-hidden">Times that suit me</legend>
        <input type="hidden" name="return" value={returnTo} />
        <span className={styles.toggle}>
          <input type="checkbox" id="window-only" name="only" defaultChecked={window !== null} />
          <label htmlFor="window-only">Only show times between</label>
        </span>
        <HourSelect id="window-from" name="from" label="From" hours={WINDOW_START_HOURS} value={shown.startHour} />
        <span aria-hidden="true">and</span>
        <HourSelect id="window-to" name="to" label="Until" hours={WINDOW_END_HOURS} value={shown.endHour} />
        <span>in my time zone</span>
        <button type="submit" className="button button--small">
          Apply
        </button>
      </fieldset>
      {error ? <FieldError id="window-error" message={error} /> : null}
    </form>
  );
}
