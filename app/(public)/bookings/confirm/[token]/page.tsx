import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { confirmBookingAction } from "@/lib/bookings/actions";
import { findBookingForFounder } from "@/lib/bookings/data";
import { isWellFormedToken } from "@/lib/bookings/links";

export const metadata: Metadata = { title: "Confirm your session", robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

// Opening the emailed link only shows this page; confirming takes a press of the
// button (a POST), so mail scanners that follow links confirm nothing.
export default async function ConfirmPage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const booking = isWellFormedToken(token) ? await findBookingForFounder("confirm", token) : null;
  if (!booking) notFound();
  const expired = booking.status === "expired" || (booking.status === "pending" && booking.expiresAt !== null && booking.expiresAt <= new Date());

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
            <p>It was not confirmed within 30 minutes, so the time was released.</p>
            <p>
              <Link className="button" href={`/mentors/${booking.mentor.slug}`}>
                Choose a time again
              </Link>
            </p>
          </>
        ) : booking.status === "pending" ? (
          <h1>Confirm your session</h1>
        ) : (
          <>
            <h1>This booking was cancelled</h1>
            <p>
              <Link href="/mentors">Find a mentor</Link>
            </p>
          </>
        )}
      </div>
      <BookingSummary booking={booking} />
      {booking.status === "pending" && !expired ? (
        <form action={confirmBookingAction} className="form">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            Confirm my session
          </button>
        </form>
      ) : null}
    </div>
  );
}
