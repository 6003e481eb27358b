import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

// Every sign-up ends here, whether the address was new to the list, already on
// it, or turned away as a bot: the page says nothing about who is waiting.
export default function WaitlistCheckEmailPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Check your email</h1>
        <p>If this address is not on that waitlist yet, we have sent it a link to confirm. Nothing more is sent until you press the button it opens.</p>
        <p>Once confirmed, we email you when a time frees up, for up to 30 days.</p>
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
