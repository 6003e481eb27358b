import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "./lib/config";
import { parseDaytimeWindow } from "./lib/format/daytime-window";
import { pickTimeZone } from "./lib/format/zones";
import { WINDOW_COOKIE, windowedMentorPath } from "./lib/http/daytime-window";
import { REQUESTED_PATH_HEADER } from "./lib/http/requested-path-header";

/**
 * Server actions called by script (a "Next-Action" header) with a text body
 * that is not JSON would fail inside Next's decoder before any of our checks
 * run: they are refused here with a 400 instead. Forms (multipart) and pages
 * never pass through this.
 */
export async function proxy(request: NextRequest) {
  if (!request.headers.has("next-action")) {
    return request.nextUrl.pathname.startsWith("/mentors/") ? showRememberedWindow(request) : rememberRequestedPath(request);
  }
  // Next reads every server-action body that is not multipart as text, whatever its declared type.
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (request.method !== "POST" || type.startsWith("multipart/form-data")) return NextResponse.next();
  try {
    const args: unknown = JSON.parse(await request.clone().text());
    if (Array.isArray(args)) return NextResponse.next();
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
 * it (lib/http/daytime-window.ts says why it lives there). Only requests that
 * carry the cookie come here, so every other visitor's mentor page is served
 * from the cache as before; the redirect itself is theirs alone.
 */
function showRememberedWindow(request: NextRequest) {
  const window = parseDaytimeWindow(request.cookies.get(WINDOW_COOKIE)?.value);
  if (!window || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next();
  const zone = pickTimeZone(request.cookies.get("tz")?.value, appConfig.defaultTimeZone);
  const target = windowedMentorPath(request.nextUrl.pathname, window, zone);
  if (!target) return NextResponse.next();
  const response = NextResponse.redirect(new URL(target + request.nextUrl.search, appConfig.publicUrl), 307);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    "/volunteer/:path*",
    "/organiser/:path*",
    // Literals, as Next reads them at build time: the cookie is WINDOW_COOKIE.
    { source: "/mentors/:slug", has: [{ type: "cookie", key: "between" }] },
    { source: "/mentors/:slug/times/:zone+", has: [{ type: "cookie", key: "between" }] },
  ],
};
