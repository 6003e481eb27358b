import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/sessions/calendar-feed-panel";
import { PastSessions, SessionsNeedingOutcome, UpcomingSessions } from "@/components/sessions/session-sections";
import { zoneLabel } from "@/lib/format/time";
import { loadMySessions } from "@/lib/sessions/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions");
  return { title: t("title"), robots: { index: false } };
}

const OUTCOMES = ["cancelled", "held", "no_show", "undone", "unchanged"] as const;
const isOutcome = (done: string | undefined): done is (typeof OUTCOMES)[number] => (OUTCOMES as readonly (string | undefined)[]).includes(done);

type Props = { searchParams: Promise<{ done?: string; cancel?: string }> };

export default async function VolunteerSessionsPage({ searchParams }: Props) {
  const [{ done, cancel }, view, t] = await Promise.all([searchParams, loadMySessions(), getTranslations("sessions")]);
  const outcome = isOutcome(done) ? t(`outcomes.${done}`) : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("zoneNote", { zone: zoneLabel(view.timeZone, view.now) })}</p>
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
