import type { Period } from "@/lib/stats/period";
import styles from "./organiser.module.css";
import { FormAlert } from "@/components/form-alert";

/** A GET form: the period lives in the URL, so it works without JavaScript and can be shared. */
export function PeriodForm({ period, error }: { period: Period; error?: string }) {
  return (
    <form method="get" action="/organiser/stats" className={styles.periodForm} aria-label="Choose the period">
      <FormAlert message={error ? `${error} Showing the last twelve weeks instead.` : null} />
      <div className="field">
        <label htmlFor="from">From</label>
        <input id="from" name="from" type="date" defaultValue={period.from} required aria-describedby="period-hint" />
      </div>
      <div className="field">
        <label htmlFor="to">To</label>
        <input id="to" name="to" type="date" defaultValue={period.to} required aria-describedby="period-hint" />
      </div>
      <button type="submit" className="button">
        Show
      </button>
      <p id="period-hint" className="hint">
        Sessions that start between these dates, both included, in UTC.
      </p>
    </form>
  );
}

/** Downloads for the shown period; founders' own words only when the box is ticked. */
export function ExportForms({ period }: { period: Period }) {
  return (
    <>
      <form method="get" action="/organiser/stats/bookings.csv" className="form">
        <input type="hidden" name="from" value={period.from} />
        <input type="hidden" name="to" value={period.to} />
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="text" value="1" aria-describedby="export-text-hint" />
            Include founders’ names, email addresses, messages and cancellation reasons
          </label>
          <p id="export-text-hint" className="hint">
            Leave this unticked unless you need them: the file then holds personal data. Every download is written to the audit log.
          </p>
        </div>
        <div>
          <button type="submit" className="button">
            Download bookings (CSV)
          </button>
        </div>
      </form>
      <form method="get" action="/organiser/stats/summary.csv" className="form">
        <input type="hidden" name="from" value={period.from} />
        <input type="hidden" name="to" value={period.to} />
        <div>
          <button type="submit" className="button button--quiet">
            Download these figures (CSV)
          </button>
        </div>
      </form>
    </>
  );
}

/** How each figure is counted, including where the fill rate is an estimate. */
export function StatsNotes() {
  return (
    <ul className="link-list">
      <li>A session belongs to the period when it starts inside it; weeks run Monday to Sunday in UTC.</li>
      <li>
        <strong>Booked</strong> sessions are confirmed, held, marked as a no-show, or still waiting for the founder to confirm. Cancelled sessions and holds
        that were never confirmed are not booked.
      </li>
      <li>
        <strong>Fill rate</strong> is an estimate: booked sessions of volunteers approved today, divided by the slots their availability offered. Only today’s
        weekly hours are stored, so they are projected over the whole period, with the one-off times and days off recorded for it, and at most each volunteer’s
        weekly limit in any week. Minimum notice and how far ahead they can be booked are left out, so the estimate of what was offered is generous.
      </li>
      <li>
        <strong>Lead time</strong> is the median time from booking to session, over booked sessions.
      </li>
      <li>
        <strong>Never confirmed</strong> counts holds the founder did not confirm in time: the drop-off between asking and booking.
      </li>
      <li>Volunteers marked ▲ averaged at least their own weekly limit over the period, or (when ten or more had sessions) were among the busiest tenth.</li>
    </ul>
  );
}
