import { BarChart } from "@/components/charts/bar-chart";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { countryName } from "@/lib/format/names";
import { formatDuration, formatPerWeek, formatShare, formatWeek, formatWeekShort, STATUS_LABELS, STATUS_ORDER } from "@/lib/stats/labels";
import type { ProgrammeStats } from "@/lib/stats/programme";
import { FeedbackSummary } from "./feedback-summary";
import styles from "./organiser.module.css";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The most frequent row, for the sentence read out with a chart. */
function leader(rows: { label: string; value: number }[], noun: string): string {
  const top = rows.reduce<{ label: string; value: number } | null>((best, row) => (!best || row.value > best.value ? row : best), null);
  return top && top.value > 0 ? `The most: ${top.label}, with ${plural(top.value, noun, `${noun}s`)}.` : `No ${noun}s in this period.`;
}

function Figures({ stats }: { stats: ProgrammeStats }) {
  return (
    <dl className={styles.figures}>
      <div className={styles.figure}>
        <dt>Requests</dt>
        <dd>
          {stats.requests}
          <small>bookings starting in the period</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>Booked sessions</dt>
        <dd>
          {stats.booked}
          <small>over {formatPerWeek(stats.weeks)} weeks</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>Fill rate (estimate)</dt>
        <dd>
          {formatShare(stats.fill.rate)}
          <small>
            {stats.fill.booked} booked of {plural(stats.fill.offered, "offered slot", "offered slots")}
          </small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>Median lead time</dt>
        <dd>
          {formatDuration(stats.leadTimeMs)}
          <small>from booking to session</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>Never confirmed</dt>
        <dd>
          {stats.expired.count}
          <small>{formatShare(stats.expired.share)} of requests</small>
        </dd>
      </div>
    </dl>
  );
}

/** Every chart of the stats page, each under its own heading with a table to unfold. */
export function StatsDashboard({ stats }: { stats: ProgrammeStats }) {
  const weeks = stats.perWeek.map((row) => ({
    key: row.week,
    label: `Week of ${formatWeek(row.week)}`,
    shortLabel: formatWeekShort(row.week),
    value: row.count,
  }));
  const outcomes = STATUS_ORDER.map((status) => ({
    key: status,
    label: STATUS_LABELS[status],
    value: stats.statuses[status],
    extra: [formatShare(stats.requests ? stats.statuses[status] / stats.requests : null)],
  }));
  const topics = stats.topics.map((row) => ({ key: row.topicId, label: row.name, value: row.count }));
  const countries = [
    ...stats.countries.map((row) => ({ key: row.country, label: countryName(row.country), value: row.count })),
    ...(stats.otherCountries > 0 ? [{ key: "other", label: "Other countries", value: stats.otherCountries }] : []),
  ];
  const shown = stats.volunteers.slice(0, 25);
  const volunteers = shown.map((row) => ({
    key: row.mentorId,
    label: row.name,
    value: row.sessions,
    highlight: row.atCap || row.topDecile,
    extra: [
      formatPerWeek(row.perWeek),
      row.maxPerWeek,
      [row.atCap && "At or above their weekly limit", row.topDecile && "Among the busiest tenth"].filter(Boolean).join("; ") || "—",
    ],
  }));
  return (
    <>
      <Figures stats={stats} />
      <section className="section" aria-labelledby="per-week">
        <h2 id="per-week">Sessions booked per week</h2>
        <BarChart
          id="chart-weeks"
          title="Booked sessions per week"
          description={`${plural(stats.booked, "booked session", "booked sessions")} in ${plural(weeks.length, "week", "weeks")}. ${leader(weeks, "session")}`}
          labelHeading="Week (Monday, UTC)"
          valueHeading="Booked sessions"
          data={weeks}
        />
      </section>
      <section className="section" aria-labelledby="outcomes">
        <h2 id="outcomes">What became of the requests</h2>
        <HorizontalBarChart
          id="chart-outcomes"
          title="Requests by outcome"
          description={`${plural(stats.requests, "request", "requests")}: ${outcomes.map((row) => `${row.label.toLowerCase()} ${row.value}`).join(", ")}.`}
          labelHeading="Outcome"
          valueHeading="Requests"
          extraHeadings={["Share"]}
          data={outcomes}
        />
      </section>
      <FeedbackSummary feedback={stats.feedback} />
      <section className="section" aria-labelledby="topics">
        <h2 id="topics">Top topics</h2>
        {topics.length ? (
          <HorizontalBarChart
            id="chart-topics"
            title="Booked sessions by topic"
            description={`Sessions can have several topics. ${leader(topics, "session")}`}
            labelHeading="Topic"
            valueHeading="Booked sessions"
            data={topics}
          />
        ) : (
          <p className="empty-state">No booked sessions in this period.</p>
        )}
      </section>
      <section className="section" aria-labelledby="countries">
        <h2 id="countries">Founders by country</h2>
        {countries.length ? (
          <HorizontalBarChart
            id="chart-countries"
            title="Booked sessions by founder’s country"
            description={leader(countries, "session")}
            labelHeading="Country"
            valueHeading="Booked sessions"
            data={countries}
          />
        ) : (
          <p className="empty-state">No booked sessions in this period.</p>
        )}
      </section>
      <section className="section" aria-labelledby="volunteers">
        <h2 id="volunteers">Sessions per volunteer</h2>
        {volunteers.length ? (
          <HorizontalBarChart
            id="chart-volunteers"
            title="Booked sessions per volunteer"
            description={`${leader(volunteers, "session")} ${plural(volunteers.filter((row) => row.highlight).length, "volunteer is", "volunteers are")} marked as possibly overloaded.`}
            labelHeading="Volunteer"
            valueHeading="Booked sessions"
            extraHeadings={["Per week", "Weekly limit", "Note"]}
            data={volunteers}
            legend="▲ marks a volunteer who averaged at least their own weekly limit, or was among the busiest tenth."
          />
        ) : (
          <p className="empty-state">No booked sessions in this period.</p>
        )}
        {stats.volunteers.length > shown.length ? (
          <p className="hint">
            Showing the {shown.length} busiest of {stats.volunteers.length} volunteers; the summary CSV lists everyone.
          </p>
        ) : null}
      </section>
    </>
  );
}
