import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { isTimeZone, pickTimeZone } from "@/lib/format/zones";

/** The zone picker's GET form lands here and is sent on to the per-zone page. */
export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return params.then(({ slug }) => {
    const zone = request.nextUrl.searchParams.get("tz");
    const base = `/mentors/${encodeURIComponent(slug)}`;
    if (!isTimeZone(zone)) return NextResponse.redirect(new URL(base, config.publicUrl), 303);
    return NextResponse.redirect(new URL(`${base}/times/${pickTimeZone(zone, "UTC")}`, config.publicUrl), 303);
  });
}
