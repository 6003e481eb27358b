import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { leaveSession } from "@/lib/co-founders/actions";
import { loadCoFounderSession } from "@/lib/co-founders/loaders";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "A session you were added to", robots: { index: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

/** A co-founder's link lands here; opening it changes nothing (mail scanners open links), the button does. */
export default async function CoFounderPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const found = await loadCoFounderSession(token);
  if (!found) notFound();
  const { booking } = found;
  const zone = booking.founderTimeZone;
  const active = (booking.status === "confirmed" || booking.status === "pending" || booking.status === "requested") && booking.startsAt > new Date();
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your session with {booking.mentor.displayName}</h1>
        <p>
          {booking.founderName} added you ({found.email}) to this session:{" "}
          <time dateTime={booking.startsAt.toISOString()}>{formatRange(booking.startsAt, booking.endsAt, zone)}</time>{" "}
          <span className="hint">({zoneLabel(zone, booking.startsAt)})</span>.
        </p>
        {done === "busy" ? (
          <p className="form-alert" role="status">
            Too many tries from here for now. Please try again in a little while.
          </p>
        ) : null}
      </div>
      {active ? (
        <section className="section" aria-labelledby="leave-title">
          <h2 id="leave-title">Not coming?</h2>
          <p>
            Take yourself off and we send your calendar a cancellation. The session itself stays booked for {booking.founderName}; only they can move or cancel
            it.
          </p>
          <form action={leaveSession}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button button--danger">
              Take me off this session
            </button>
          </form>
        </section>
      ) : (
        <p>This session is over or cancelled; there is nothing to do.</p>
      )}
    </div>
  );
}
