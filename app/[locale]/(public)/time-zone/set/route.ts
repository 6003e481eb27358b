import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { chosenZone, zoneReturnPath } from "@/lib/http/return-path";

/** The zone picker's GET form lands here: remember the zone and go back to where the visitor was. */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const zone = chosenZone(params.get("tz"));
  if (!zone) return new NextResponse("Unknown time zone.", { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const response = NextResponse.redirect(new URL(zoneReturnPath(params.get("return"), zone), config.publicUrl), 303);
  response.cookies.set("tz", zone, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  return response;
}
