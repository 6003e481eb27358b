import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ held?: string }> };

export default async function BookingRequestedPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const held = (await searchParams).held !== "0";
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Check your email</h1>
        {held ? (
          <p>
            We have sent you a link to confirm your session. Your time is held for 30 minutes; once you confirm, you and your mentor both get a calendar invite
            with the video link.
          </p>
        ) : (
          <p>
            We have sent you a link to confirm your session. Please confirm soon: the time is yours if it is still free when you do, and if someone else
            confirms it first you can pick another time on the same page. Once you confirm, you and your mentor both get a calendar invite with the video link.
          </p>
        )}
        <p>Nothing arrived? Check your spam folder. The email also has a link to cancel or change the booking.</p>
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
