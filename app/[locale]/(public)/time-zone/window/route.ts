import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { daytimeWindowKey } from "@/lib/format/daytime-window";
import { pickTimeZone } from "@/lib/format/zones";
import { mayRememberWindow, readWindowChoice, WINDOW_COOKIE, windowCookieOptions, windowReturnPath } from "@/lib/http/daytime-window";
import { pickLocale } from "@/lib/i18n/languages";
import { localisedPath } from "@/lib/i18n/paths";

/**
 * The daytime-window form's GET lands here: remember the window (or forget it,
 * when the box is unticked or "Show all times" was followed) and go back to the
 * page, now at its address with the window. A window the form does not offer
 * is refused; one asked for by a link from another site is shown, not remembered.
 * The page comes back in the language this route was asked in (/es/time-zone/window).
 */
export async function GET(request: NextRequest, context: { params: Promise<{ locale: string }> }) {
  const locale = pickLocale((await context.params).locale);
  const params = request.nextUrl.searchParams;
  const returnTo = params.get("return");
  const choice = readWindowChoice({ only: params.get("only"), between: params.get("between") });
  if (!choice.ok) {
    return new NextResponse(`${choice.message}\n`, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // A mentor page shown in no zone of its own comes back in the visitor's remembered zone.
  const zone = pickTimeZone(request.cookies.get("tz")?.value, config.defaultTimeZone);
  const remembered = mayRememberWindow(request.headers.get("sec-fetch-site"));
  const response = NextResponse.redirect(
    new URL(localisedPath(locale, windowReturnPath(returnTo, choice.window, zone, { remembered })), config.publicUrl),
    303,
  );
  if (!remembered) return response;
  const options = windowCookieOptions(config.publicUrl);
  if (choice.window) response.cookies.set(WINDOW_COOKIE, daytimeWindowKey(choice.window), options);
  else response.cookies.set(WINDOW_COOKIE, "", { ...options, maxAge: 0 });
  return response;
}
