import styles from "./daytime-window-form.module.css";
import { DAYTIME_WINDOW_PRESETS, DEFAULT_DAYTIME_WINDOW, daytimeWindowKey, type DaytimeWindow } from "@/lib/format/daytime-window";

interface Props {
  /** The window the page shows, or null when it shows every time. */
  window: DaytimeWindow | null;
  /** The page to come back to (its filters or its zone are kept). */
  returnTo: string;
}

/**
 * "Only show times [08:00–21:00] in my time zone": a plain GET form to
 * /time-zone/window, which remembers the choice and comes back, so it works
 * without JavaScript and on cached pages. Only the presets can be chosen.
 */
export function DaytimeWindowForm({ window, returnTo }: Props) {
  return (
    <form method="get" action="/time-zone/window" className={styles.form}>
      <fieldset className={styles.row}>
        <legend className="visually-hidden">Times that suit me</legend>
        <input type="hidden" name="return" value={returnTo} />
        <span className={styles.toggle}>
          <input type="checkbox" id="window-only" name="only" defaultChecked={window !== null} />
          <label htmlFor="window-only">Only show times</label>
        </span>
        <label htmlFor="window-hours" className="visually-hidden">
          Hours
        </label>
        <select id="window-hours" name="between" defaultValue={daytimeWindowKey(window ?? DEFAULT_DAYTIME_WINDOW)}>
          {DAYTIME_WINDOW_PRESETS.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
        <span>in my time zone</span>
        <button type="submit" className="button button--small">
          Apply
        </button>
      </fieldset>
    </form>
  );
}
