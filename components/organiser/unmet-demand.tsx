import { getLocale, getTranslations } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { languageName } from "@/lib/format/names";
import { pickLocale } from "@/lib/i18n/languages";
import type { WaitlistDemand } from "@/lib/waitlist/data";

const SHOWN = 15;

async function DemandChart({
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
  const t = await getTranslations("stats.demand");
  if (rows.length === 0) return <p className="empty-state">{t("nobody")}</p>;
  const data = rows.slice(0, SHOWN).map((row) => ({ key: row.key, label: row.label, value: row.count }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const description = [
    t("description", { total, label: data[0]!.label, count: data[0]!.value }),
    rows.length > SHOWN ? t("showingFirst", { shown: SHOWN, total: rows.length }) : "",
  ].join(" ");
  return <HorizontalBarChart id={id} title={title} description={description.trim()} labelHeading={labelHeading} valueHeading={t("waiting")} data={data} />;
}

/**
 * The demand the programme does not meet: founders on a waitlist now (confirmed,
 * not lapsed, not yet told of a time), whatever the period above.
 */
export async function UnmetDemand({ demand }: { demand: WaitlistDemand }) {
  const t = await getTranslations("stats.demand");
  const locale = pickLocale(await getLocale());
  return (
    <section className="section" aria-labelledby="unmet-demand">
      <h2 id="unmet-demand">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <h3 id="unmet-mentors">{t("mentors.heading")}</h3>
      <DemandChart id="chart-waitlist-mentors" title={t("mentors.title")} labelHeading={t("mentors.labelHeading")} rows={demand.mentors} />
      <h3 id="unmet-topics">{t("topics.heading")}</h3>
      <DemandChart id="chart-waitlist-topics" title={t("topics.title")} labelHeading={t("topics.labelHeading")} rows={demand.topics} />
      <h3 id="unmet-languages">{t("languages.heading")}</h3>
      <DemandChart
        id="chart-waitlist-languages"
        title={t("languages.title")}
        labelHeading={t("languages.labelHeading")}
        rows={demand.languages.map((row) => ({ ...row, label: languageName(row.label, locale) }))}
      />
    </section>
  );
}
