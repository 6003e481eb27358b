import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/links";
import { config } from "@/lib/config";
import { saveViewerLocale } from "@/lib/locale/account";
import { isLocale } from "@/lib/i18n/languages";
import { LOCALE_COOKIE } from "@/lib/i18n/routing";

/**
 * The language menu of the pages with no language in their address (signing in,
 * the volunteer and organiser areas): remembers the choice, in the profile too
 * when someone is signed in, and goes back to the page. Only from our own pages.
 */
export async function POST(request: NextRequest) {
  if (request.headers.get("origin") !== new URL(config.publicUrl).origin) {
    return new NextResponse("This form can only be sent from Candle's own pages.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const form = await request.formData().catch(() => null);
  const to = form?.get("to");
  if (!isLocale(to))
    return new NextResponse("Choose one of the languages offered.\n", { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  await saveViewerLocale(to);
  const response = NextResponse.redirect(new URL(safeCallbackPath(form?.get("next"), "/signin"), config.publicUrl), 303);
  response.cookies.set(LOCALE_COOKIE, to, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: config.publicUrl.startsWith("https://"),
  });
  return response;
}
