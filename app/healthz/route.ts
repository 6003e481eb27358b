/** The process is up and answering; it asks nothing of the database. */
export function GET() {
  return new Response("ok\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
