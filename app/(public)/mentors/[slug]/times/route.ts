import { NextResponse, type NextRequest } from "next/server";
import { isTimeZone } from "@/lib/format/zones";

/** The zone picker's GET form lands here and is sent on to the per-zone page. */
export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return params.then(({ slug }) => {
    const zone = request.nextUrl.searchParams.get("tz");
    const base = `/mentors/${encodeURIComponent(slug)}`;
    if (!isTimeZone(zone)) return NextResponse.redirect(new URL(base, request.url), 303);
    return NextResponse.redirect(new URL(`${base}/times/${zone}`, request.url), 303);
  });
}
