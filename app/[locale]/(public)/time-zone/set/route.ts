import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { chosenZone, zoneReturnPath } from "@/lib/http/return-path";
import { pickLocale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";

/** The zone picker's GET form lands here: remember the zone and go back to where the visitor was, in the language the route was asked in. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pickLocale((await params).locale);
  const query = request.nextUrl.searchParams;
  const zone = chosenZone(query.get("tz"));
  if (!zone) return new NextResponse("Unknown time zone.", { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const response = NextResponse.redirect(new URL(localisedPath(locale, zoneReturnPath(query.get("return"), zone)), config.publicUrl), 303);
  response.cookies.set("tz", zone, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  return response;
}
