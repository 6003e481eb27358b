import { useLocale, useTranslations } from "next-intl";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { NEXT_STEPS, USEFULNESS_SCORES } from "@/lib/format/feedback";
import { pickLocale } from "@/lib/i18n/languages";
import { formatShare } from "@/lib/stats/labels";
import type { ProgrammeStats } from "@/lib/stats/programme";
import styles from "./organiser.module.css";

/** Whether the hours did any good, in founders' own answers: counts only, never their words. */
export function FeedbackSummary({ feedback }: { feedback: ProgrammeStats["feedback"] }) {
  const t = useTranslations("stats.feedback");
  const locale = pickLocale(useLocale());
  const steps = NEXT_STEPS.map((step) => ({ key: step, label: t(`nextStep.${step}`), value: feedback.nextSteps[step] ?? 0 }));
  const scores = USEFULNESS_SCORES.map((score) => ({
    key: String(score),
    label: t("scoreLabel", { score, label: t(`usefulness.${score}`) }),
    value: feedback.usefulness[score] ?? 0,
  }));
  const summary = (rows: { label: string; value: number }[]) => rows.map((row) => t("rowCount", { label: row.label, count: row.value })).join(t("separator"));
  return (
    <section className="section" aria-labelledby="feedback">
      <h2 id="feedback">{t("heading")}</h2>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>{t("responseRate")}</dt>
          <dd>
            {formatShare(feedback.rate, locale)}
            <small>{t("responseRateNote", { responses: feedback.responses, asked: feedback.asked })}</small>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("medianUsefulness")}</dt>
          <dd>
            {feedback.medianUsefulness === null ? "—" : t("outOfFive", { score: feedback.medianUsefulness })}
            <small>{t("medianUsefulnessNote")}</small>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("quotable")}</dt>
          <dd>
            {feedback.quotable}
            <small>{t("quotableNote")}</small>
          </dd>
        </div>
      </dl>
      {feedback.responses ? (
        <>
          <HorizontalBarChart
            id="chart-next-steps"
            title={t("nextSteps.title")}
            description={summary(steps)}
            labelHeading={t("nextSteps.labelHeading")}
            valueHeading={t("founders")}
            data={steps}
          />
          <HorizontalBarChart
            id="chart-usefulness"
            title={t("scores.title")}
            description={summary(scores)}
            labelHeading={t("scores.labelHeading")}
            valueHeading={t("founders")}
            data={scores}
          />
        </>
      ) : (
        <p className="empty-state">{t("empty")}</p>
      )}
    </section>
  );
}
