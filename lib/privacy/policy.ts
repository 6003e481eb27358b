import { HOLD_MINUTES } from "../bookings/status";
import type { RetentionDays } from "../retention/schedule";
import { KEEP_ENDED_MS, WAIT_MS } from "../waitlist/schema";

const DAY_MS = 86_400_000;

export interface RetentionRow {
  what: string;
  howLong: string;
}

const days = (count: number) => (count === 0 ? "straight away" : count === 1 ? "1 day" : `${count} days`);
const after = (count: number, event: string) => (count === 0 ? `as soon as ${event}` : `${days(count)} after ${event}`);

/**
 * How long each kind of personal data is kept, in plain words, from the same
 * numbers the retention job uses: the privacy page cannot say one thing while
 * the job does another.
 */
export function retentionRows(retention: RetentionDays, dataLinkMinutes: number): RetentionRow[] {
  return [
    {
      what: "Your name, email address, country, time zone, what you wrote, your co-founders' addresses and your feedback comment, in a booking",
      howLong: `Until ${after(retention.bookingDays, "the session")}. Then everything but the country is erased; the date, mentor, topics, co-op stage, country and your feedback score stay, without anything that names you, for the programme's counts.`,
    },
    {
      what: "A booking you never confirmed",
      howLong: `The time is held for ${HOLD_MINUTES} minutes; your details are erased ${after(retention.unconfirmedDays, "the hold lapses")}.`,
    },
    {
      what: "The emails we send you (and the ones about your session we send your mentor)",
      howLong: `The text is erased ${after(retention.emailDays, "sending")}; only a pseudonym of the address, the kind of message and when it went stay, to check delivery.`,
    },
    {
      what: "A waitlist entry",
      howLong: `Up to ${Math.round(WAIT_MS / DAY_MS)} days of waiting, then deleted within ${Math.round(KEEP_ENDED_MS / DAY_MS)} days; at once if you never confirm it.`,
    },
    {
      what: "The log of changes (who confirmed, moved or cancelled a session)",
      howLong: "Kept, but it names founders only by a pseudonym: a code made from your address with a key only this server has, never the address itself.",
    },
    {
      what: "Counters that limit how often a form can be sent",
      howLong: "Up to a day, keyed by a one-way code of your address or network, never the address itself.",
    },
    { what: "A link to see your data", howLong: `${dataLinkMinutes} minutes, and it works once.` },
  ];
}
