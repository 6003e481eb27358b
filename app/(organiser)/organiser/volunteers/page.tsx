import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationCard } from "@/components/organiser/application-card";
import { InviteForm } from "@/components/organiser/invite-form";
import { Notice } from "@/components/organiser/notice";
import { VolunteerTable } from "@/components/organiser/volunteer-table";
import { localDateKey, zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";
import { inviteVolunteerAction } from "@/lib/volunteers/actions";
import { loadVolunteersPage } from "@/lib/volunteers/loaders";
import { volunteersNoticeSchema } from "@/lib/volunteers/schema";
import { outcomeKey } from "@/lib/volunteers/transitions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organiserVolunteers");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VolunteersPage({ searchParams }: Props) {
  const notice = volunteersNoticeSchema.parse(await searchParams);
  const [{ pending, active, former, invitations }, { zone }] = await Promise.all([loadVolunteersPage(), viewerZone()]);
  const t = await getTranslations("organiserVolunteers");
  const named = [...pending, ...active, ...former].find((mentor) => mentor.id === notice.mentor)?.displayName ?? t("theVolunteer");

  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("heading")}</h1>
        <p>{t("intro")}</p>
        <p className="hint">{t("timesIn", { zone: zoneLabel(zone, new Date()) })}</p>
      </div>
      {notice.problem ? <Notice problem>{t(`problems.${notice.problem}`)}</Notice> : null}
      {notice.done && !notice.problem ? (
        <Notice>{t(`outcome.${outcomeKey(notice.done, notice.cancelled ?? 0)}`, { name: named, action: notice.done, count: notice.cancelled ?? 0 })}</Notice>
      ) : null}

      <section className="section" aria-labelledby="pending">
        <h2 id="pending">{t("pendingHeading", { count: pending.length })}</h2>
        {pending.length ? (
          <ul className="mentor-grid" aria-label={t("applications")}>
            {pending.map((application) => (
              <li key={application.id}>
                <ApplicationCard application={application} zone={zone} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t("noApplications")}</p>
        )}
      </section>

      <section className="section" aria-labelledby="listed">
        <h2 id="listed">{t("listedHeading", { count: active.length })}</h2>
        {active.length ? <VolunteerTable volunteers={active} caption={t("listedCaption")} zone={zone} /> : <p className="empty-state">{t("nobodyListed")}</p>}
      </section>

      <section className="section" aria-labelledby="invite">
        <h2 id="invite">{t("inviteHeading")}</h2>
        <InviteForm action={inviteVolunteerAction} labels={{ email: t("invite.email"), hint: t("invite.hint"), send: t("invite.send") }} />
        {invitations.length ? (
          <details>
            <summary>{t("invitedHeading", { count: invitations.length })}</summary>
            <ul>
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} <span className="hint">{t("invitedOn", { date: localDateKey(invitation.createdAt, zone) })}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {former.length ? (
        <section className="section" aria-labelledby="former">
          <h2 id="former">{t("formerHeading", { count: former.length })}</h2>
          <VolunteerTable volunteers={former} caption={t("formerCaption")} zone={zone} />
        </section>
      ) : null}
    </div>
  );
}
