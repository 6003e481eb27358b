import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "./lib/config";
import { parseDaytimeWindow } from "./lib/format/daytime-window";
import { pickTimeZone } from "./lib/format/zones";
import { WINDOW_COOKIE, windowedMentorPath } from "./lib/http/daytime-window";
import { REQUESTED_PATH_HEADER } from "./lib/http/requested-path-header";
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n/languages";
import { localisedPath } from "./lib/i18n/paths";
import { routing } from "./lib/i18n/routing";

const founderPages = createIntlMiddleware(routing);

// The pages with no language in their address speak the signed-in person's (lib/locale/account.ts).
const SIGNED_IN_PATH = /^\/(volunteer|organiser)(\/|$)/;
const SIGN_IN_PATH = /^\/(signin|join)(\/|$)/;
const OUTSIDE_CALLERS = /^\/(api|calendar|healthz|readyz|language)(\/|$)/;
// Pages opened from a founder's or volunteer's own emailed link: the link carries the language
// it was written in, so a remembered choice or the browser's does not redirect them elsewhere.
const EMAILED_LINK_PATH = /^\/(bookings\/(confirm|manage|co-founder)|waitlist\/(confirm|unsubscribe)|sessions|my-data\/open)\//;
const emailedLinkPages = createIntlMiddleware({ ...routing, localeDetection: false });

export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    const refused = await refuseUnreadableAction(request);
    if (refused) return refused;
  }
  const { pathname } = request.nextUrl;
  // Routes for outside callers: reached here only for their Next-Action header, and not founders' pages.
  if (OUTSIDE_CALLERS.test(pathname)) return NextResponse.next();
  if (SIGNED_IN_PATH.test(pathname)) return rememberRequestedPath(request);
  if (SIGN_IN_PATH.test(pathname)) return NextResponse.next();
  return showRememberedWindow(request) ?? founderPage(request);
}

/**
 * A founder's page through next-intl: the address's language, or the visitor's
 * (remembered, else Accept-Language) for an unprefixed one. The choice is only
 * remembered when it is one, an address with a language: next-intl would also
 * store "en" for every client that sends no Accept-Language (scripts, feed
 * readers), putting a cookie on responses that are otherwise the same for all.
 */
function founderPage(request: NextRequest) {
  const response = EMAILED_LINK_PATH.test(request.nextUrl.pathname) ? emailedLinkPages(request) : founderPages(request);
  const [, first] = request.nextUrl.pathname.split("/");
  if (!isLocale(first)) response.headers.delete("set-cookie");
  return response;
}

/**
 * Server actions called by script (a "Next-Action" header) with a text body
 * that is not JSON would fail inside Next's decoder before any of our checks
 * run: they are refused here with a 400 instead. Forms (multipart) and pages
 * never pass through this.
 */
async function refuseUnreadableAction(request: NextRequest): Promise<NextResponse | null> {
  // Next reads every server-action body that is not multipart as text, whatever its declared type.
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (request.method !== "POST" || type.startsWith("multipart/form-data")) return null;
  try {
    const args: unknown = JSON.parse(await request.clone().text());
    if (Array.isArray(args)) return null;
  } catch {
    // Not JSON at all.
  }
  return new NextResponse("This request could not be read.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Pages behind sign-in learn their own path and query, so signing in leads back to them. */
function rememberRequestedPath(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

/**
 * A visitor who chose a daytime window sees mentor pages at their address with
 * it (lib/http/daytime-window.ts says why it lives there), in the page's
 * language. Only they are redirected; every other visitor's mentor page is
 * served from the cache as before.
 */
function showRememberedWindow(request: NextRequest): NextResponse | null {
  const window = parseDaytimeWindow(request.cookies.get(WINDOW_COOKIE)?.value);
  if (!window || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const [, first, ...rest] = request.nextUrl.pathname.split("/");
  const locale = isLocale(first) ? first : null;
  const path = locale ? `/${rest.join("/")}` : request.nextUrl.pathname;
  const zone = pickTimeZone(request.cookies.get("tz")?.value, appConfig.defaultTimeZone);
  const target = windowedMentorPath(path, window, zone);
  if (!target) return null;
  const localised = locale && locale !== DEFAULT_LOCALE ? localisedPath(locale, target) : target;
  const response = NextResponse.redirect(new URL(localised + request.nextUrl.search, appConfig.publicUrl), 307);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Every page but the files Next serves itself and the routes for outside callers.
  matcher: ["/((?!api|_next|calendar|healthz|readyz|language|.*\\..*).*)", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
