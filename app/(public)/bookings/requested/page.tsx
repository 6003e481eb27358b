import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function BookingRequestedPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Check your email</h1>
        <p>
          We have sent you a link to confirm your session. Your time is held for 30 minutes; once you confirm, you and
          your mentor both get a calendar invite with the video link.
        </p>
        <p>
          Nothing arrived? Check your spam folder. The email also has a link to cancel or change the booking.
        </p>
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
