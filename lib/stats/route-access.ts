import "server-only";
import { getViewer, type Viewer } from "../auth/session";
import { readPeriodQuery } from "./schema";
import type { Period } from "./period";

function refuse(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * requireOrganiser for route handlers: a download answers with a status
 * rather than a redirect, 401 to someone signed out and 403 to anyone else.
 */
async function organiserForRoute(): Promise<{ ok: true; viewer: Viewer } | { ok: false; response: Response }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, response: refuse(401, "Please sign in as an organiser to download this.") };
  if (viewer.role !== "organiser") return { ok: false, response: refuse(403, "Only organisers can download this.") };
  return { ok: true, viewer };
}

/** For a stats download: an organiser, and the period asked for in ?from…&to (422 when it is not one). */
export async function organiserPeriodForRoute(
  params: URLSearchParams,
): Promise<{ ok: true; viewer: Viewer; period: Period } | { ok: false; response: Response }> {
  const access = await organiserForRoute();
  if (!access.ok) return access;
  const query = readPeriodQuery({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }, new Date());
  if (!query.ok) return { ok: false, response: new Response(`${query.message}\n`, { status: 422, headers: { "Content-Type": "text/plain; charset=utf-8" } }) };
  return { ok: true, viewer: access.viewer, period: query.period };
}
