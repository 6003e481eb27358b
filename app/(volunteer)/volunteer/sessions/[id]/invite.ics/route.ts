import { loadSessionInvite } from "@/lib/sessions/loaders";

function plain(body: string, status: number) {
  return new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A volunteer's own session as a calendar file; anyone else's id is "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const invite = await loadSessionInvite((await params).id);
  if (invite === "signed-out") return plain("Please sign in to download this calendar file.", 401);
  if (!invite) return plain("No such session.", 404);
  return new Response(invite.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${invite.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
