import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/form-alert";
import type { Period } from "@/lib/stats/period";
import { MAX_PERIOD_DAYS, type PeriodProblem } from "@/lib/stats/schema";
import styles from "./organiser.module.css";

/** A GET form: the period lives in the URL, so it works without JavaScript and can be shared. */
export async function PeriodForm({ period, problem }: { period: Period; problem?: PeriodProblem }) {
  const t = await getTranslations("stats.period");
  return (
    <form method="get" action="/organiser/stats" className={styles.periodForm} aria-label={t("label")}>
      <FormAlert message={problem ? t("refused", { problem: t(`errors.${problem}`, { maximum: MAX_PERIOD_DAYS }) }) : null} />
      <div className="field">
        <label htmlFor="from">{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={period.from} required aria-describedby="period-hint" />
      </div>
      <div className="field">
        <label htmlFor="to">{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={period.to} required aria-describedby="period-hint" />
      </div>
      <button type="submit" className="button">
        {t("show")}
      </button>
      <p id="period-hint" className="hint">
        {t("hint")}
      </p>
    </form>
  );
}

/** Downloads for the shown period; founders' own words only when the box is ticked. */
export async function ExportForms({ period }: { period: Period }) {
  const t = await getTranslations("stats.downloads");
  return (
    <>
      <form method="get" action="/organiser/stats/bookings.csv" className="form">
        <input type="hidden" name="from" value={period.from} />
        <input type="hidden" name="to" value={period.to} />
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="text" value="1" aria-describedby="export-text-hint" />
            {t("includeText")}
          </label>
          <p id="export-text-hint" className="hint">
            {t("includeTextHint")}
          </p>
        </div>
        <div>
          <button type="submit" className="button">
            {t("bookings")}
          </button>
        </div>
      </form>
      <form method="get" action="/organiser/stats/summary.csv" className="form">
        <input type="hidden" name="from" value={period.from} />
        <input type="hidden" name="to" value={period.to} />
        <div>
          <button type="submit" className="button button--quiet">
            {t("summary")}
          </button>
        </div>
      </form>
    </>
  );
}

/** How each figure is counted, including where the fill rate is an estimate. */
export async function StatsNotes() {
  const t = await getTranslations("stats.notes");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <ul className="link-list">
      <li>{t("period")}</li>
      <li>{t.rich("booked", { strong })}</li>
      <li>{t.rich("fillRate", { strong })}</li>
      <li>{t.rich("leadTime", { strong })}</li>
      <li>{t.rich("expired", { strong })}</li>
      <li>{t("marked")}</li>
    </ul>
  );
}
