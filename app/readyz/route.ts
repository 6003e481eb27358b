import { loadReadiness } from "@/lib/ops/loaders";

/** Ready for traffic: the database answers and is migrated (503 otherwise); the outbox backlog for monitoring. */
export async function GET() {
  const readiness = await loadReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
