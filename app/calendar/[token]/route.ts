import { loadCalendarFeed } from "@/lib/calendar/loaders";

/**
 * A volunteer's private calendar feed, for calendar apps to poll. The secret in
 * the address is the only credential, so there is no session and nothing to
 * tell an unknown, revoked or malformed address apart.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const ics = await loadCalendarFeed((await params).token);
  if (!ics) {
    return new Response("No calendar at this address. It may have been turned off or replaced.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex, nofollow",
      "Referrer-Policy": "no-referrer",
    },
  });
}
