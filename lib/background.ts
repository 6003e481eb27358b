import "server-only";
import { purgeExpiredRateLimits, purgeSpentChallenges } from "./antibot/mutations";
import { refreshDueNextFreeSlots } from "./availability/mutations";
import { expireStaleHolds } from "./bookings/mutations";
import { startOutboxSender } from "./email/sender";

async function housekeeping() {
  const now = new Date();
  try {
    await expireStaleHolds(now);
    await refreshDueNextFreeSlots(now);
    await purgeSpentChallenges(now);
    await purgeExpiredRateLimits(now);
  } catch (error) {
    console.error("housekeeping failed", error);
  }
}

const state = globalThis as unknown as { candleBackground?: NodeJS.Timeout };

/**
 * Work every server instance does on its own: deliver mail, expire unconfirmed
 * holds, and keep each mentor's next free slot current. Every step is safe to run
 * on several instances at once.
 */
export async function startBackgroundWork() {
  if (state.candleBackground) return;
  startOutboxSender();
  await housekeeping();
  state.candleBackground = setInterval(() => void housekeeping(), 60_000);
  state.candleBackground.unref();
}
