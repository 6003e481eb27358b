import { useFormatter, useLocale, useTranslations } from "next-intl";
import { BarChart } from "@/components/charts/bar-chart";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { countryName } from "@/lib/format/names";
import { pickLocale } from "@/lib/i18n/languages";
import { durationParts, formatPerWeek, formatShare, formatWeek, formatWeekShort, STATUS_ORDER } from "@/lib/stats/labels";
import type { ProgrammeStats } from "@/lib/stats/programme";
import { FeedbackSummary } from "./feedback-summary";
import styles from "./organiser.module.css";

type Translator = ReturnType<typeof useTranslations<"stats">>;

/** The most frequent row, for the sentence read out with a chart. */
function leader(t: Translator, rows: { label: string; value: number }[]): string {
  const top = rows.reduce<{ label: string; value: number } | null>((best, row) => (!best || row.value > best.value ? row : best), null);
  return top && top.value > 0 ? t("leader", { label: top.label, count: top.value }) : t("noSessions");
}

function Figures({ stats }: { stats: ProgrammeStats }) {
  const t = useTranslations("stats");
  const locale = pickLocale(useLocale());
  const lead = durationParts(stats.leadTimeMs);
  return (
    <dl className={styles.figures}>
      <div className={styles.figure}>
        <dt>{t("figures.requests")}</dt>
        <dd>
          {stats.requests}
          <small>{t("figures.requestsNote")}</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>{t("figures.booked")}</dt>
        <dd>
          {stats.booked}
          <small>{t("figures.bookedNote", { weeks: formatPerWeek(stats.weeks, locale) })}</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>{t("figures.fillRate")}</dt>
        <dd>
          {formatShare(stats.fill.rate, locale)}
          <small>{t("figures.fillRateNote", { booked: stats.fill.booked, offered: stats.fill.offered })}</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>{t("figures.leadTime")}</dt>
        <dd>
          {lead ? t(`duration.${lead.unit}`, { count: lead.count }) : "—"}
          <small>{t("figures.leadTimeNote")}</small>
        </dd>
      </div>
      <div className={styles.figure}>
        <dt>{t("figures.expired")}</dt>
        <dd>
          {stats.expired.count}
          <small>{t("figures.expiredNote", { share: formatShare(stats.expired.share, locale) })}</small>
        </dd>
      </div>
    </dl>
  );
}

/**
 * Every chart of the stats page, each under its own heading with a table to
 * unfold. Not async, so it renders on its own too (tests) inside a provider.
 */
export function StatsDashboard({ stats }: { stats: ProgrammeStats }) {
  const t = useTranslations("stats");
  const format = useFormatter();
  const locale = pickLocale(useLocale());
  const weeks = stats.perWeek.map((row) => ({
    key: row.week,
    label: t("weekOf", { week: formatWeek(row.week, locale) }),
    shortLabel: formatWeekShort(row.week, locale),
    value: row.count,
  }));
  const outcomes = STATUS_ORDER.map((status) => ({
    key: status,
    label: t(`status.${status}`),
    value: stats.statuses[status],
    extra: [formatShare(stats.requests ? stats.statuses[status] / stats.requests : null, locale)],
  }));
  const topics = stats.topics.map((row) => ({ key: row.topicId, label: row.name, value: row.count }));
  const countries = [
    ...stats.countries.map((row) => ({ key: row.country, label: countryName(row.country, locale), value: row.count })),
    ...(stats.otherCountries > 0 ? [{ key: "other", label: t("otherCountries"), value: stats.otherCountries }] : []),
  ];
  const shown = stats.volunteers.slice(0, 25);
  const volunteers = shown.map((row) => ({
    key: row.mentorId,
    label: row.name,
    value: row.sessions,
    highlight: row.atCap || row.topDecile,
    extra: [
      formatPerWeek(row.perWeek, locale),
      row.maxPerWeek,
      format.list(
        [row.atCap ? t("atCap") : null, row.topDecile ? t("topDecile") : null].filter((note) => note !== null),
        { type: "unit" },
      ) || "—",
    ],
  }));
  const outcomeList = format.list(
    outcomes.map((row) => t("outcomeCount", { label: row.label, count: row.value })),
    { type: "unit" },
  );
  return (
    <>
      <Figures stats={stats} />
      <section className="section" aria-labelledby="per-week">
        <h2 id="per-week">{t("weeks.heading")}</h2>
        <BarChart
          id="chart-weeks"
          title={t("weeks.title")}
          description={`${t("weeks.description", { sessions: stats.booked, weeks: weeks.length })} ${leader(t, weeks)}`}
          labelHeading={t("weeks.labelHeading")}
          valueHeading={t("bookedSessions")}
          data={weeks}
        />
      </section>
      <section className="section" aria-labelledby="outcomes">
        <h2 id="outcomes">{t("outcomes.heading")}</h2>
        <HorizontalBarChart
          id="chart-outcomes"
          title={t("outcomes.title")}
          description={t("outcomes.description", { count: stats.requests, outcomes: outcomeList })}
          labelHeading={t("outcomes.labelHeading")}
          valueHeading={t("outcomes.valueHeading")}
          extraHeadings={[t("outcomes.share")]}
          data={outcomes}
        />
      </section>
      <FeedbackSummary feedback={stats.feedback} />
      <section className="section" aria-labelledby="topics">
        <h2 id="topics">{t("topics.heading")}</h2>
        {topics.length ? (
          <HorizontalBarChart
            id="chart-topics"
            title={t("topics.title")}
            description={`${t("topics.description")} ${leader(t, topics)}`}
            labelHeading={t("topics.labelHeading")}
            valueHeading={t("bookedSessions")}
            data={topics}
          />
        ) : (
          <p className="empty-state">{t("empty")}</p>
        )}
      </section>
      <section className="section" aria-labelledby="countries">
        <h2 id="countries">{t("countries.heading")}</h2>
        {countries.length ? (
          <HorizontalBarChart
            id="chart-countries"
            title={t("countries.title")}
            description={leader(t, countries)}
            labelHeading={t("countries.labelHeading")}
            valueHeading={t("bookedSessions")}
            data={countries}
          />
        ) : (
          <p className="empty-state">{t("empty")}</p>
        )}
      </section>
      <section className="section" aria-labelledby="volunteers">
        <h2 id="volunteers">{t("volunteers.heading")}</h2>
        {volunteers.length ? (
          <HorizontalBarChart
            id="chart-volunteers"
            title={t("volunteers.title")}
            description={`${leader(t, volunteers)} ${t("volunteers.marked", { count: volunteers.filter((row) => row.highlight).length })}`}
            labelHeading={t("volunteers.labelHeading")}
            valueHeading={t("bookedSessions")}
            extraHeadings={[t("volunteers.perWeek"), t("volunteers.weeklyLimit"), t("volunteers.note")]}
            data={volunteers}
            legend={t("volunteers.legend")}
          />
        ) : (
          <p className="empty-state">{t("empty")}</p>
        )}
        {stats.volunteers.length > shown.length ? (
          <p className="hint">{t("volunteers.showing", { shown: shown.length, total: stats.volunteers.length })}</p>
        ) : null}
      </section>
    </>
  );
}
