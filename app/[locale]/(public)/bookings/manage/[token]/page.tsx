import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { EraseDataForm } from "@/components/my-data/erase-data-form";
import { OtherTimesForm } from "@/components/other-times-form";
import { cancelBookingAction, moveBookingAction } from "@/lib/bookings/actions";
import { loadFounderBooking, loadOtherTimes } from "@/lib/bookings/loaders";
import { MAX_MOVES } from "@/lib/bookings/status";
import { eraseFromManageLinkAction } from "@/lib/my-data/actions";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Your session", robots: { index: false } };

const outcomes: Record<string, string> = {
  cancelled: "Your session is cancelled. We have let your mentor know.",
  moved: "Your session has moved. We have sent you both an updated invite.",
  taken: "Sorry, someone has just taken that time. Please choose another.",
  unavailable: "That time is no longer available. Please choose another.",
  choose: "Please choose a new time first.",
  "not-active": "This session can no longer be changed.",
  started: "This session has already started, so it can no longer be changed.",
  "too-many-moves": `A session can be moved ${MAX_MOVES} times. Please cancel it and book a new time instead.`,
  busy: "Too many changes from here for now. Please try again in a little while.",
  invalid: "Please keep the reason under 500 characters.",
  "not-found": "We could not find this booking.",
  "confirm-erase": "Please tick the box to confirm that you want your data erased.",
};

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string; cant?: string }> };

export default async function ManageBookingPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done, cant }] = await Promise.all([params, searchParams]);
  const booking = await loadFounderBooking("manage", token);
  if (!booking) notFound();
  const now = new Date();
  const changeable = (booking.status === "pending" || booking.status === "requested" || booking.status === "confirmed") && booking.startsAt > now;
  const others = changeable ? await loadOtherTimes(booking.mentor.slug, now) : [];
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
        {(booking.status === "confirmed" || booking.status === "held") && booking.endsAt <= now ? (
          <p>
            <Link href={`/bookings/manage/${token}/feedback`}>Tell us how it went, or book a follow-up</Link>
          </p>
        ) : null}
      </div>
      {changeable && cant !== undefined ? (
        <section id="cant-make-it" className="section" aria-labelledby="cant-title">
          <h2 id="cant-title">Can&apos;t make it?</h2>
          <p>
            Thank you for saying so. {booking.mentor.displayName} is a volunteer: we let them know and offer the hour to someone else. You can book again
            whenever suits you.
          </p>
          <form action={cancelBookingAction} className="form">
            <input type="hidden" name="token" value={token} />
            <div>
              <button type="submit" className="button button--danger">
                I can&apos;t make it: cancel my session
              </button>
            </div>
          </form>
        </section>
      ) : null}
      <BookingSummary booking={booking} />

      {changeable ? (
        <>
          <section className="section" aria-labelledby="move-title">
            <h2 id="move-title">Move to another time</h2>
            {others.length ? (
              <OtherTimesForm
                action={moveBookingAction}
                token={token}
                slots={others}
                zone={zone}
                legend={`Free times with ${booking.mentor.displayName}`}
                submitLabel="Move my session"
                quiet
              />
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
        <section className="section" aria-labelledby="again-title">
          <h2 id="again-title">Book again</h2>
          <ul className="link-list">
            {booking.mentor.status === "approved" ? (
              <li>
                <Link href={`/mentors/${booking.mentor.slug}`}>Choose another time with {booking.mentor.displayName}</Link>
              </li>
            ) : null}
            <li>
              <Link href="/mentors">Meet someone else</Link>
            </li>
          </ul>
        </section>
      )}
      <section id="your-data" className="section" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          <a href={`/bookings/manage/${token}/my-data.json`} download>
            Download everything we hold about you (JSON)
          </a>{" "}
          · <Link href="/privacy">What we keep and for how long</Link>
        </p>
        <EraseDataForm action={eraseFromManageLinkAction} token={token} />
      </section>
    </div>
  );
}
