import "server-only";
import { getViewer, type Viewer } from "../auth/session";

function refuse(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * requireOrganiser for route handlers: a download answers with a status
 * rather than a redirect, 401 to someone signed out and 403 to anyone else.
 */
export async function organiserForRoute(): Promise<{ ok: true; viewer: Viewer } | { ok: false; response: Response }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, response: refuse(401, "Please sign in as an organiser to download this.") };
  if (viewer.role !== "organiser") return { ok: false, response: refuse(403, "Only organisers can download this.") };
  return { ok: true, viewer };
}
