import type { Metadata } from "next";
import Link from "next/link";
import { unsubscribeWaitlistAction } from "@/lib/waitlist/actions";
import { loadWaitlistEntry } from "@/lib/waitlist/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Leave the waitlist", robots: { index: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

// The link in every waitlist email opens this page; leaving takes a press of
// the button (a POST), so a mail scanner following the link changes nothing.
export default async function WaitlistUnsubscribePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const entry = await loadWaitlistEntry("unsubscribe", token);

  return (
    <div className="container narrow">
      <div className="page-intro">
        {entry ? (
          <>
            <h1>Leave the waitlist?</h1>
            <p>This takes {entry.email} off every Candle waitlist. Nothing you have booked changes.</p>
            {done === "busy" ? (
              <p className="form-alert" role="alert">
                Too many attempts from here for now. Please try again in a little while.
              </p>
            ) : null}
            <form action={unsubscribeWaitlistAction} className="form">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button">
                Take me off every waitlist
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>You are off the waitlist</h1>
            <p role={done === "removed" ? "status" : undefined}>
              We will send no more waitlist emails to this address. You can join again from any mentor&apos;s page.
            </p>
          </>
        )}
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
