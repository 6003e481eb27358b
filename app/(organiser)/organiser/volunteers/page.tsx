import type { Metadata } from "next";
import { ApplicationCard } from "@/components/organiser/application-card";
import { InviteForm } from "@/components/organiser/invite-form";
import { Notice } from "@/components/organiser/notice";
import { VolunteerTable } from "@/components/organiser/volunteer-table";
import { localDateKey, zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";
import { inviteVolunteerAction } from "@/lib/volunteers/actions";
import { loadVolunteersPage } from "@/lib/volunteers/loaders";
import { volunteersNoticeSchema } from "@/lib/volunteers/schema";
import { describeOutcome } from "@/lib/volunteers/transitions";

export const metadata: Metadata = { title: "Volunteers", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PROBLEMS = {
  "not-found": "That volunteer could not be found. Nothing was changed.",
  "wrong-status": "That volunteer's status had already changed, so nothing was done. The list below is up to date.",
};

export default async function VolunteersPage({ searchParams }: Props) {
  const notice = volunteersNoticeSchema.parse(await searchParams);
  const [{ pending, active, former, invitations }, { zone }] = await Promise.all([loadVolunteersPage(), viewerZone()]);
  const named = [...pending, ...active, ...former].find((mentor) => mentor.id === notice.mentor)?.displayName ?? "The volunteer";

  return (
    <div className="container">
      <div className="page-intro">
        <h1>Volunteers</h1>
        <p>Approve new volunteers, pause or retire listed ones, and invite people to apply. Every change is emailed to the volunteer and logged.</p>
        <p className="hint">Times in {zoneLabel(zone, new Date())}.</p>
      </div>
      {notice.problem ? <Notice problem>{PROBLEMS[notice.problem]}</Notice> : null}
      {notice.done && !notice.problem ? <Notice>{describeOutcome(notice.done, named, notice.cancelled ?? 0)}</Notice> : null}

      <section className="section" aria-labelledby="pending">
        <h2 id="pending">Applications waiting ({pending.length})</h2>
        {pending.length ? (
          <ul className="mentor-grid" aria-label="Applications">
            {pending.map((application) => (
              <li key={application.id}>
                <ApplicationCard application={application} zone={zone} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">No applications are waiting.</p>
        )}
      </section>

      <section className="section" aria-labelledby="listed">
        <h2 id="listed">Listed and paused ({active.length})</h2>
        {active.length ? (
          <VolunteerTable volunteers={active} caption="Listed and paused volunteers" zone={zone} />
        ) : (
          <p className="empty-state">Nobody is listed yet.</p>
        )}
      </section>

      <section className="section" aria-labelledby="invite">
        <h2 id="invite">Invite someone to volunteer</h2>
        <InviteForm action={inviteVolunteerAction} />
        {invitations.length ? (
          <details>
            <summary>Invited, not applied yet ({invitations.length})</summary>
            <ul>
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} <span className="hint">invited {localDateKey(invitation.createdAt, zone)}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {former.length ? (
        <section className="section" aria-labelledby="former">
          <h2 id="former">Declined and retired ({former.length})</h2>
          <VolunteerTable volunteers={former} caption="Declined and retired volunteers" zone={zone} />
        </section>
      ) : null}
    </div>
  );
}
