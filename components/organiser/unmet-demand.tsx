import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { languageName } from "@/lib/format/names";
import type { WaitlistDemand } from "@/lib/waitlist/data";

const SHOWN = 15;

function DemandChart({
  id,
  title,
  labelHeading,
  rows,
}: {
  id: string;
  title: string;
  labelHeading: string;
  rows: { key: string; label: string; count: number }[];
}) {
  if (rows.length === 0) return <p className="empty-state">Nobody is waiting.</p>;
  const data = rows.slice(0, SHOWN).map((row) => ({ key: row.key, label: row.label, value: row.count }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <HorizontalBarChart
      id={id}
      title={title}
      description={`${total} waiting founder${total === 1 ? "" : "s"}. The most: ${data[0]!.label}, with ${data[0]!.value}.${rows.length > SHOWN ? ` Showing the first ${SHOWN} of ${rows.length}.` : ""}`}
      labelHeading={labelHeading}
      valueHeading="Waiting founders"
      data={data}
    />
  );
}

/**
 * The demand the programme does not meet: founders on a waitlist now (confirmed,
 * not lapsed, not yet told of a time), whatever the period above.
 */
export function UnmetDemand({ demand }: { demand: WaitlistDemand }) {
  return (
    <section className="section" aria-labelledby="unmet-demand">
      <h2 id="unmet-demand">Unmet demand</h2>
      <p>
        Founders waiting now for a free time: on a mentor&apos;s page for that mentor, or from a directory search for a topic or a language. Each sign-up counts
        until we tell it of a time, it lapses (30 days) or the founder leaves.
      </p>
      <h3 id="unmet-mentors">Waiting per mentor</h3>
      <DemandChart id="chart-waitlist-mentors" title="Founders waiting per mentor" labelHeading="Mentor" rows={demand.mentors} />
      <h3 id="unmet-topics">Waiting per topic</h3>
      <DemandChart id="chart-waitlist-topics" title="Founders waiting per topic (directory searches)" labelHeading="Topic" rows={demand.topics} />
      <h3 id="unmet-languages">Waiting per language</h3>
      <DemandChart
        id="chart-waitlist-languages"
        title="Founders waiting per language (directory searches)"
        labelHeading="Language"
        rows={demand.languages.map((row) => ({ ...row, label: languageName(row.label) }))}
      />
    </section>
  );
}
