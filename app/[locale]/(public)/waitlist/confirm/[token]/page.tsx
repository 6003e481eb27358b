import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatShortDateTime, zoneLabel } from "@/lib/format/time";
import { confirmWaitlistAction } from "@/lib/waitlist/actions";
import { loadWaitlistEntry } from "@/lib/waitlist/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Join the waitlist", robots: { index: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

// Opening the emailed link only shows this page; joining takes a press of the
// button (a POST), so a mail scanner following the link confirms nothing.
export default async function WaitlistConfirmPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const entry = await loadWaitlistEntry("confirm", token);
  if (!entry) notFound();
  const now = new Date();
  const open = entry.expiresAt > now;
  const waitingFor = entry.mentor ? entry.mentor.displayName : "a mentor for your search";
  const back = (entry.mentor ? `/mentors/${entry.mentor.slug}` : "/mentors") as Route;

  return (
    <div className="container narrow">
      <div className="page-intro">
        {entry.confirmedAt && open ? (
          <>
            <h1>You are on the waitlist</h1>
            <p role={done === "confirmed" || done === "already" ? "status" : undefined}>
              We will email you when {waitingFor} has a free time, until {formatShortDateTime(entry.expiresAt, entry.timeZone)}{" "}
              {zoneLabel(entry.timeZone, entry.expiresAt)}.
            </p>
          </>
        ) : open ? (
          <>
            <h1>Join the waitlist?</h1>
            <p>We will email this address once when {waitingFor} has a free time, with a link straight to the booking form.</p>
            {done === "busy" ? (
              <p className="form-alert" role="alert">
                Too many attempts from here for now. Please try again in a little while.
              </p>
            ) : null}
            <form action={confirmWaitlistAction} className="form">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button">
                Yes, tell me when a time frees up
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>This waitlist sign-up has ended</h1>
            <p>It was not confirmed in time, it lapsed, or we have already told you of a free time.</p>
          </>
        )}
        <p>
          <Link href={back}>{entry.mentor ? `Back to ${entry.mentor.displayName}` : "Back to the mentors"}</Link>
        </p>
      </div>
    </div>
  );
}
