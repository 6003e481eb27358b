import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

// Every sign-up ends here, whether the address was new to the list, already on
// it, or turned away as a bot: the page says nothing about who is waiting.
type Props = { params: Promise<{ locale: string }> };

export default async function WaitlistCheckEmailPage({ params }: Props) {
  await pageLocale(params);
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
