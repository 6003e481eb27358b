import "server-only";
import { purgeExpiredRateLimits, purgeSpentChallenges } from "./antibot/mutations";
import { refreshDueNextFreeSlots } from "./availability/mutations";
import { importDueCalendars } from "./calendars/mutations";
import { expireStaleHolds } from "./bookings/mutations";
import { config } from "./config";
import { flushOutbox, startOutboxSender, stopOutboxSender } from "./email/sender";
import { queueFollowUps } from "./feedback/mutations";
import { queueDueReminders } from "./reminders/mutations";
import { applyRetention } from "./retention/mutations";
import { notifyWaitlists, purgeEndedWaitlistEntries } from "./waitlist/mutations";

/** One line of JSON per run, counts only: nothing personal goes in a log. */
async function housekeeping() {
  const now = new Date();
  const started = performance.now();
  try {
    // Calendar reads wait on other servers (up to the fetch timeout each), so they run beside the
    // rest, which never waits for them; each import refreshes its mentor's next free slot itself.
    const reading = importDueCalendars(now).then(
      (counts) => ({ counts }),
      (error: unknown) => ({ error }),
    );
    const expired = await expireStaleHolds(now);
    const refreshed = await refreshDueNextFreeSlots(now);
    const challenges = await purgeSpentChallenges(now);
    const limits = await purgeExpiredRateLimits(now);
    const reminded = await queueDueReminders(now);
    const followedUp = await queueFollowUps(now);
    // After the refresh above, so free time that has just appeared is told at once.
    const waitlist = await notifyWaitlists(now);
    const purgedWaitlist = await purgeEndedWaitlistEntries(now);
    const retention = await applyRetention(now);
    const read = await reading;
    if ("error" in read) throw read.error;
    const calendars = read.counts;
    if (reminded.sessions || followedUp.sessions || waitlist.told || calendars.failed) void flushOutbox();
    console.log(
      JSON.stringify({
        at: now.toISOString(),
        job: "housekeeping",
        ok: true,
        expiredHolds: expired,
        calendarsRead: calendars.read,
        calendarsUnchanged: calendars.unchanged,
        calendarFailures: calendars.failed,
        refreshedNextFree: refreshed.length,
        purgedChallenges: challenges,
        purgedLimits: limits,
        remindedSessions: reminded.sessions,
        reminderFailures: reminded.failed,
        followedUpSessions: followedUp.sessions,
        followUpFailures: followedUp.failed,
        waitlistTold: waitlist.told,
        waitlistMentors: waitlist.mentors,
        purgedWaitlist,
        ...retention,
        ms: Math.round(performance.now() - started),
      }),
    );
  } catch (error) {
    console.error(
      JSON.stringify({
        at: now.toISOString(),
        job: "housekeeping",
        ok: false,
        error: error instanceof Error ? error.name : "unknown",
        ms: Math.round(performance.now() - started),
      }),
    );
  }
}

const state = globalThis as unknown as { candleBackground?: NodeJS.Timeout; candleRunning?: Promise<void>; candleStopBackgroundWork?: () => Promise<void> };

/**
 * Work every server instance does on its own: deliver mail, queue reminders and after-session
 * questions, tell waitlists of free time, expire unconfirmed holds, read volunteers' own calendars,
 * keep each mentor's next free slot current, and erase personal data past its time (lib/retention).
 * Every step is safe to run on several instances at once.
 */
export async function startBackgroundWork() {
  if (state.candleBackground) return;
  startOutboxSender();
  state.candleRunning = housekeeping();
  await state.candleRunning;
  state.candleBackground = setInterval(() => (state.candleRunning = housekeeping()), config.housekeepingIntervalMs);
  state.candleBackground.unref();
  // scripts/serve.mjs calls this on SIGTERM, once it has stopped taking requests.
  state.candleStopBackgroundWork = async () => {
    if (state.candleBackground) clearInterval(state.candleBackground);
    await Promise.all([stopOutboxSender(), state.candleRunning]);
  };
}
