import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { OtherTimesForm } from "@/components/other-times-form";
import { confirmBookingAction } from "@/lib/bookings/actions";
import { loadFounderBooking, loadOtherTimes } from "@/lib/bookings/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Confirm your session", robots: { index: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

const problems: Record<string, string> = {
  taken: "Sorry, someone confirmed that time before you. Please choose another time below.",
  unavailable: "That time is no longer available. Please choose another time below.",
  choose: "Please choose a time first.",
  busy: "Too many attempts from here for now. Please try again in a little while.",
};

// Opening the emailed link only shows this page; confirming takes a press of the
// button (a POST), so mail scanners that follow links confirm nothing.
export default async function ConfirmPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const booking = await loadFounderBooking("confirm", token);
  if (!booking) notFound();
  const now = new Date();
  const waiting = booking.status === "pending" || booking.status === "requested";
  const expired = booking.status === "expired" || (waiting && booking.expiresAt !== null && booking.expiresAt <= now);
  const open = waiting && !expired;
  const problem = done ? problems[done] : undefined;
  const lostTime = open && booking.status === "requested" && (done === "taken" || done === "unavailable");
  const others = lostTime ? await loadOtherTimes(booking.mentor.slug, now) : [];

  return (
    <div className="container narrow">
      <div className="page-intro">
        {booking.status === "confirmed" ? (
          <>
            <h1>Your session is confirmed</h1>
            <p role={done === "confirmed" ? "status" : undefined}>
              We have emailed you and {booking.mentor.displayName} a calendar invite with the video link.
            </p>
          </>
        ) : expired ? (
          <>
            <h1>This booking has expired</h1>
            <p>It was not confirmed in time, so nothing was booked.</p>
            <p>
              <Link className="button" href={`/mentors/${booking.mentor.slug}`}>
                Choose a time again
              </Link>
            </p>
          </>
        ) : open ? (
          <>
            <h1>Confirm your session</h1>
            {booking.status === "requested" && !lostTime ? <p>This time is not held for you yet: it is yours if it is still free when you confirm.</p> : null}
          </>
        ) : (
          <>
            <h1>This booking was cancelled</h1>
            <p>
              <Link href="/mentors">Find a mentor</Link>
            </p>
          </>
        )}
        {problem && open ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {lostTime ? null : <BookingSummary booking={booking} />}
      {open && !lostTime ? (
        <form action={confirmBookingAction} className="form">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            Confirm my session
          </button>
        </form>
      ) : null}
      {lostTime ? (
        others.length ? (
          <OtherTimesForm
            action={confirmBookingAction}
            token={token}
            slots={others}
            zone={booking.founderTimeZone}
            legend={`Free times with ${booking.mentor.displayName}`}
            submitLabel="Confirm this time"
          />
        ) : (
          <p>
            {booking.mentor.displayName} has no other free times right now. <Link href="/mentors">Find another mentor</Link>.
          </p>
        )
      ) : null}
    </div>
  );
}
