import type { Metadata } from "next";
import { ExportForms, PeriodForm, StatsNotes } from "@/components/organiser/stats-controls";
import { StatsDashboard } from "@/components/organiser/stats-dashboard";
import { UnmetDemand } from "@/components/organiser/unmet-demand";
import { formatWeek } from "@/lib/stats/labels";
import { loadStatsDashboard } from "@/lib/stats/loaders";
import { readPeriodQuery } from "@/lib/stats/schema";
import { loadUnmetDemand } from "@/lib/waitlist/loaders";

export const metadata: Metadata = { title: "Stats", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatsPage({ searchParams }: Props) {
  const query = readPeriodQuery(await searchParams, new Date());
  const { period } = query;
  const stats = await loadStatsDashboard(period.from, period.to);
  const demand = await loadUnmetDemand();
  return (
    <div className="container">
      <div className="page-intro">
        <h1>How the programme is doing</h1>
        <p>
          Sessions starting from {formatWeek(period.from)} to {formatWeek(period.to)} (UTC).
        </p>
      </div>
      <PeriodForm period={period} error={query.ok ? undefined : query.message} />
      <StatsDashboard stats={stats} />
      <UnmetDemand demand={demand} />
      <section className="section" aria-labelledby="downloads">
        <h2 id="downloads">Download</h2>
        <ExportForms period={period} />
      </section>
      <section className="section" aria-labelledby="how-counted">
        <h2 id="how-counted">How these are counted</h2>
        <StatsNotes />
      </section>
    </div>
  );
}
