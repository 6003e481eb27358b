import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { cancelBookingAction, moveBookingAction } from "@/lib/bookings/actions";
import { findBookingForFounder } from "@/lib/bookings/data";
import { isWellFormedToken } from "@/lib/bookings/links";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { findMentorWithSlots } from "@/lib/mentors/loaders";

export const metadata: Metadata = { title: "Your session", robots: { index: false } };

const outcomes: Record<string, string> = {
  cancelled: "Your session is cancelled. We have let your mentor know.",
  moved: "Your session has moved. We have sent you both an updated invite.",
  taken: "Sorry, someone has just taken that time. Please choose another.",
  unavailable: "That time is no longer available. Please choose another.",
  choose: "Please choose a new time first.",
  "not-active": "This session can no longer be changed.",
};

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const booking = isWellFormedToken(token) ? await findBookingForFounder("manage", token) : null;
  if (!booking) notFound();
  const now = new Date();
  const changeable = (booking.status === "pending" || booking.status === "confirmed") && booking.startsAt > now;
  const others = changeable ? ((await findMentorWithSlots(booking.mentor.slug, now))?.slots ?? []).slice(0, 24) : [];
  const zone = booking.founderTimeZone;
  const outcome = done ? outcomes[done] : undefined;

  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your session with {booking.mentor.displayName}</h1>
        {outcome ? (
          <p className="form-alert" role="status">
            {outcome}
          </p>
        ) : null}
        {booking.status.startsWith("cancelled") ? <p>This session was cancelled.</p> : null}
      </div>
      <BookingSummary booking={booking} />

      {changeable ? (
        <>
          <section className="section" aria-labelledby="move-title">
            <h2 id="move-title">Move to another time</h2>
            {others.length ? (
              <form action={moveBookingAction} className="form">
                <input type="hidden" name="token" value={token} />
                <fieldset className="field">
                  <legend>
                    Free times with {booking.mentor.displayName}, in {zoneLabel(zone, now)}
                  </legend>
                  <div className="choices">
                    {others.map((slot) => (
                      <label key={slot.startsAt.toISOString()} className="choice">
                        <input type="radio" name="start" value={slot.startsAt.toISOString()} />
                        <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, zone)}</time>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <button type="submit" className="button button--quiet">
                  Move my session
                </button>
              </form>
            ) : (
              <p>{booking.mentor.displayName} has no other free times right now.</p>
            )}
          </section>

          <section className="section" aria-labelledby="cancel-title">
            <h2 id="cancel-title">Cancel</h2>
            <form action={cancelBookingAction} className="form">
              <input type="hidden" name="token" value={token} />
              <div className="field">
                <label htmlFor="reason">Reason (optional, shared with your mentor)</label>
                <textarea id="reason" name="reason" rows={3} maxLength={500} />
              </div>
              <button type="submit" className="button button--danger">
                Cancel my session
              </button>
            </form>
          </section>
        </>
      ) : (
        <p>
          <Link href="/mentors">Book another session</Link>
        </p>
      )}
    </div>
  );
}
