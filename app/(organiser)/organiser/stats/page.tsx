import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportForms, PeriodForm, StatsNotes } from "@/components/organiser/stats-controls";
import { StatsDashboard } from "@/components/organiser/stats-dashboard";
import { UnmetDemand } from "@/components/organiser/unmet-demand";
import { pickLocale } from "@/lib/i18n/languages";
import { formatWeek } from "@/lib/stats/labels";
import { loadStatsDashboard } from "@/lib/stats/loaders";
import { readPeriodQuery } from "@/lib/stats/schema";
import { loadUnmetDemand } from "@/lib/waitlist/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stats");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatsPage({ searchParams }: Props) {
  const query = readPeriodQuery(await searchParams, new Date());
  const { period } = query;
  const stats = await loadStatsDashboard(period.from, period.to);
  const demand = await loadUnmetDemand();
  const t = await getTranslations("stats");
  const locale = pickLocale(await getLocale());
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("heading")}</h1>
        <p>{t("intro", { from: formatWeek(period.from, locale), to: formatWeek(period.to, locale) })}</p>
      </div>
      <PeriodForm period={period} problem={query.ok ? undefined : query.problem} />
      <StatsDashboard stats={stats} />
      <UnmetDemand demand={demand} />
      <section className="section" aria-labelledby="downloads">
        <h2 id="downloads">{t("downloads.heading")}</h2>
        <ExportForms period={period} />
      </section>
      <section className="section" aria-labelledby="how-counted">
        <h2 id="how-counted">{t("notes.heading")}</h2>
        <StatsNotes />
      </section>
    </div>
  );
}
