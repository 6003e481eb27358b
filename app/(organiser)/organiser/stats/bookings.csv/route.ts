import type { NextRequest } from "next/server";
import { csvFileName } from "@/lib/stats/csv-rows";
import { bookingsCsvStream, csvHeaders, recordStatsExport } from "@/lib/stats/export";
import { periodScope } from "@/lib/stats/period";
import { organiserForRoute } from "@/lib/stats/route-access";
import { readPeriodQuery, wantsFreeText } from "@/lib/stats/schema";

/** Every booking starting in ?from…&to as CSV; founders' own words only with text=1. */
export async function GET(request: NextRequest) {
  const access = await organiserForRoute();
  if (!access.ok) return access.response;
  const params = request.nextUrl.searchParams;
  const query = readPeriodQuery({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }, new Date());
  if (!query.ok) return new Response(`${query.message}\n`, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const includeText = wantsFreeText(params.get("text"));
  const { period } = query;
  await recordStatsExport(access.viewer, "bookings", period, includeText);
  return new Response(bookingsCsvStream(periodScope(period), includeText), { headers: csvHeaders(csvFileName("bookings", period)) });
}
