import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { markOutcomeFromEmail } from "@/lib/feedback/actions";
import { loadOutcomeSession } from "@/lib/feedback/loaders";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Did it take place?", robots: { index: false } };

const notices: Record<string, string> = {
  held: "Thank you: recorded as held.",
  no_show: "Thank you: recorded as a no-show.",
  unchanged: "Nothing changed: this session's outcome was already recorded, or it can no longer be changed here.",
  choose: "Please choose one of the answers.",
  busy: "Too many tries from here for now. Please try again in a little while.",
};

type Props = { params: Promise<{ locale: string; id: string; key: string }>; searchParams: Promise<{ mark?: string; done?: string }> };

/**
 * The volunteer's emailed "did it take place?" link lands here. Opening it
 * records nothing (mail scanners open links); the buttons do.
 */
export default async function SessionOutcomePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ id, key }, query] = await Promise.all([params, searchParams]);
  const session = await loadOutcomeSession(id, key);
  if (!session) notFound();
  const zone = session.mentor.timeZone;
  const open = session.status === "confirmed" && session.endsAt <= new Date();
  const notice = query.done ? notices[query.done] : undefined;
  const suggested = query.mark === "no_show" ? "no_show" : "held";
  const answer = (mark: "held" | "no_show", label: string) => (
    <form action={markOutcomeFromEmail}>
      <input type="hidden" name="bookingId" value={session.id} />
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="mark" value={mark} />
      <button type="submit" className={mark === suggested ? "button" : "button button--quiet"}>
        {label}
      </button>
    </form>
  );

  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your session with {session.founderName}</h1>
        <p>
          <time dateTime={session.startsAt.toISOString()}>{formatRange(session.startsAt, session.endsAt, zone)}</time>{" "}
          <span className="hint">({zoneLabel(zone, session.startsAt)})</span>
        </p>
        {notice ? (
          <p className="form-alert" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {open ? (
        <section className="section" aria-labelledby="outcome-title">
          <h2 id="outcome-title">Did it take place?</h2>
          <div className="actions">
            {answer("held", "Yes, it took place")}
            {answer("no_show", `No, ${session.founderName} did not come`)}
          </div>
        </section>
      ) : (
        <p>
          {session.status === "held"
            ? "Recorded as held."
            : session.status === "no_show"
              ? "Recorded as a no-show."
              : session.status === "confirmed"
                ? "This session has not ended yet: you can answer once it is over."
                : "This session was cancelled."}{" "}
          Answers can be changed for a week from <Link href="/volunteer/sessions">your sessions page</Link>.
        </p>
      )}
    </div>
  );
}
