import "server-only";
import { CSV_BOM, csvRow } from "./csv";
import { bookingCsvHeader, bookingCsvRow } from "./csv-rows";
import { listBookingsForExport } from "./data";
import type { StatsScope } from "./period";
import { organiserActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";

const BATCH = 500;

/** The bookings CSV, fetched and written a page at a time. */
export function bookingsCsvStream(scope: StatsScope, includeText: boolean): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(bookingCsvHeader(includeText))));
        return;
      }
      const page = await listBookingsForExport(scope, { includeText, take: BATCH, after });
      if (page.length > 0) controller.enqueue(encoder.encode(page.map((booking) => csvRow(bookingCsvRow(booking, includeText))).join("")));
      if (page.length < BATCH) controller.close();
      else after = page.at(-1)!.id;
    },
  });
}

export function csvHeaders(fileName: string): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
  };
}

/** Every download is in the audit log: who took which figures, and whether founders' own words came with them. */
export async function recordStatsExport(
  viewer: { id: string; email: string },
  kind: "bookings" | "summary",
  period: { from: string; to: string },
  freeText: boolean,
) {
  await recordAudit(organiserActor(viewer), {
    action: `export.${kind}`,
    targetType: "stats",
    targetId: `${period.from}..${period.to}`,
    details: { from: period.from, to: period.to, freeText },
  });
}
