import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Volunteering ended", robots: { index: false } };

export default function VolunteeringEndedPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your volunteering with Candle has ended</h1>
        <p>
          Your profile is no longer listed and the volunteer area is closed to this account. If you think this is a mistake, or you would like to volunteer
          again, please write to the organisers.
        </p>
        <p>
          <Link href="/">Back to Candle</Link>
        </p>
      </div>
    </div>
  );
}
