import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/components/sessions/calendar-feed-panel";
import { PastSessions, SessionsNeedingOutcome, UpcomingSessions } from "@/components/sessions/session-sections";
import { zoneLabel } from "@/lib/format/time";
import { loadMySessions } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Your sessions", robots: { index: false } };

const outcomes: Record<string, string> = {
  cancelled: "The session is cancelled. We have emailed the founder your reason and suggested other volunteers.",
  held: "Thank you. The session is marked as held.",
  no_show: "Noted: the founder did not come.",
  undone: "Taken back. Please tell us again below whether the session took place.",
  unchanged: "That session could not be changed. It may have been updated already.",
};

type Props = { searchParams: Promise<{ done?: string; cancel?: string }> };

export default async function VolunteerSessionsPage({ searchParams }: Props) {
  const [{ done, cancel }, view] = await Promise.all([searchParams, loadMySessions()]);
  const outcome = done && Object.hasOwn(outcomes, done) ? outcomes[done] : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your sessions</h1>
        <p>Times are shown in your time zone, {zoneLabel(view.timeZone, view.now)}. You can change it on your profile.</p>
        {outcome ? (
          <p className="form-alert" role="status">
            {outcome}
          </p>
        ) : null}
      </div>
      <SessionsNeedingOutcome sessions={view.needsOutcome} timeZone={view.timeZone} />
      <UpcomingSessions sessions={view.upcoming} timeZone={view.timeZone} now={view.now} cancelling={cancel} />
      <PastSessions sessions={view.past} timeZone={view.timeZone} now={view.now} />
      <CalendarFeedPanel hasFeed={view.hasFeed} />
    </div>
  );
}
