import { loadOwnAccountData } from "@/lib/volunteers/loaders";

/** The signed-in volunteer's account and profile as JSON. */
export async function GET() {
  const data = await loadOwnAccountData();
  return new Response(`${JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="candle-volunteer-account.json"',
      "Cache-Control": "no-store",
    },
  });
}
