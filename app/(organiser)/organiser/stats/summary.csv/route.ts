import type { NextRequest } from "next/server";
import { CSV_BOM, csvDocument } from "@/lib/stats/csv";
import { csvFileName, summaryCsvRows } from "@/lib/stats/csv-rows";
import { csvHeaders, recordStatsExport } from "@/lib/stats/export";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { organiserForRoute } from "@/lib/stats/route-access";
import { readPeriodQuery } from "@/lib/stats/schema";

/** The stats dashboard's figures for ?from…&to as CSV. */
export async function GET(request: NextRequest) {
  const access = await organiserForRoute();
  if (!access.ok) return access.response;
  const params = request.nextUrl.searchParams;
  const query = readPeriodQuery({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }, new Date());
  if (!query.ok) return new Response(`${query.message}\n`, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { period } = query;
  const stats = await computeProgrammeStats(periodScope(period));
  await recordStatsExport(access.viewer, "summary", period, false);
  return new Response(CSV_BOM + csvDocument(summaryCsvRows(stats, period)), { headers: csvHeaders(csvFileName("summary", period)) });
}
