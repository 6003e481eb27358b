import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { NEXT_STEP_LABELS, NEXT_STEPS, USEFULNESS_LABELS, USEFULNESS_SCORES } from "@/lib/format/feedback";
import { formatShare } from "@/lib/stats/labels";
import type { ProgrammeStats } from "@/lib/stats/programme";
import styles from "./organiser.module.css";

/** Whether the hours did any good, in founders' own answers: counts only, never their words. */
export function FeedbackSummary({ feedback }: { feedback: ProgrammeStats["feedback"] }) {
  const steps = NEXT_STEPS.map((step) => ({ key: step, label: NEXT_STEP_LABELS[step], value: feedback.nextSteps[step] ?? 0 }));
  const scores = USEFULNESS_SCORES.map((score) => ({
    key: String(score),
    label: `${score} – ${USEFULNESS_LABELS[score]}`,
    value: feedback.usefulness[score] ?? 0,
  }));
  return (
    <section className="section" aria-labelledby="feedback">
      <h2 id="feedback">After the sessions</h2>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>Response rate</dt>
          <dd>
            {formatShare(feedback.rate)}
            <small>
              {feedback.responses} of {feedback.asked} founders asked
            </small>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>Median usefulness</dt>
          <dd>
            {feedback.medianUsefulness === null ? "—" : `${feedback.medianUsefulness} of 5`}
            <small>1 not useful, 5 exactly what was needed</small>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>May be quoted</dt>
          <dd>
            {feedback.quotable}
            <small>answers whose words founders let us quote</small>
          </dd>
        </div>
      </dl>
      {feedback.responses ? (
        <>
          <HorizontalBarChart
            id="chart-next-steps"
            title="What founders said happens next"
            description={steps.map((row) => `${row.label}: ${row.value}`).join("; ")}
            labelHeading="Next step"
            valueHeading="Founders"
            data={steps}
          />
          <HorizontalBarChart
            id="chart-usefulness"
            title="How useful founders found their session"
            description={scores.map((row) => `${row.label}: ${row.value}`).join("; ")}
            labelHeading="Usefulness"
            valueHeading="Founders"
            data={scores}
          />
        </>
      ) : (
        <p className="empty-state">No feedback on sessions in this period yet.</p>
      )}
    </section>
  );
}
