import type { NextRequest } from "next/server";
import { CSV_BOM, csvDocument } from "@/lib/stats/csv";
import { csvFileName, summaryCsvRows } from "@/lib/stats/csv-rows";
import { csvHeaders, recordStatsExport } from "@/lib/stats/export";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { organiserPeriodForRoute } from "@/lib/stats/route-access";

/** The stats dashboard's figures for ?from…&to as CSV. */
export async function GET(request: NextRequest) {
  const access = await organiserPeriodForRoute(request.nextUrl.searchParams);
  if (!access.ok) return access.response;
  const stats = await computeProgrammeStats(periodScope(access.period));
  await recordStatsExport(access.viewer, "summary", access.period, false);
  return new Response(CSV_BOM + csvDocument(summaryCsvRows(stats, access.period)), { headers: csvHeaders(csvFileName("summary", access.period)) });
}
