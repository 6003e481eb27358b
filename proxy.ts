import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "./lib/http/requested-path-header";

/**
 * Server actions called by script (a "Next-Action" header) with a text body
 * that is not JSON would fail inside Next's decoder before any of our checks
 * run: they are refused here with a 400 instead. Forms (multipart) and pages
 * never pass through this.
 */
export async function proxy(request: NextRequest) {
  if (!request.headers.has("next-action")) return rememberRequestedPath(request);
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

export const config = {
  matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }, "/volunteer/:path*", "/organiser/:path*"],
};
