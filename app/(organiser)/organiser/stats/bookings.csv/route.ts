import type { NextRequest } from "next/server";
import { csvFileName } from "@/lib/stats/csv-rows";
import { bookingsCsvStream, csvHeaders, recordStatsExport } from "@/lib/stats/export";
import { periodScope } from "@/lib/stats/period";
import { organiserPeriodForRoute } from "@/lib/stats/route-access";
import { wantsFreeText } from "@/lib/stats/schema";

/** Every booking starting in ?from…&to as CSV; founders' own words only with text=1. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const access = await organiserPeriodForRoute(params);
  if (!access.ok) return access.response;
  const includeText = wantsFreeText(params.get("text"));
  await recordStatsExport(access.viewer, "bookings", access.period, includeText);
  return new Response(bookingsCsvStream(periodScope(access.period), includeText), { headers: csvHeaders(csvFileName("bookings", access.period)) });
}
