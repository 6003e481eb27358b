import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

// Every request ends here, whether or not we hold anything about the address:
// the page says nothing about who has booked.
type Props = { params: Promise<{ locale: string }> };

export default async function MyDataCheckEmailPage({ params }: Props) {
  await pageLocale(params);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Check your email</h1>
        <p>If we hold anything about this address, we have sent it a link to see, download or erase it. The link works once, for a short while.</p>
        <p>No email means we hold nothing about that address.</p>
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
