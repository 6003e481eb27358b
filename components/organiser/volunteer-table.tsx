import type { Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatShortDateTime } from "@/lib/format/time";
import { pickLocale } from "@/lib/i18n/languages";
import type { VolunteerRow } from "@/lib/volunteers/data";
import styles from "./organiser.module.css";
import { VolunteerActions } from "./volunteer-actions";

/** Volunteers with their status and what pausing or retiring them would cancel. */
export async function VolunteerTable({ volunteers, caption, zone }: { volunteers: VolunteerRow[]; caption: string; zone: string }) {
  const t = await getTranslations("organiserVolunteers.table");
  const locale = pickLocale(await getLocale());
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("volunteer")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col" className={styles.number}>
              {t("upcoming")}
            </th>
            <th scope="col">{t("nextFree")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {volunteers.map((volunteer) => (
            <tr key={volunteer.id}>
              <th scope="row">
                {volunteer.status === "approved" ? <Link href={`/mentors/${volunteer.slug}` as Route}>{volunteer.displayName}</Link> : volunteer.displayName}
                <br />
                <span className={`${styles.muted} ${styles.break}`}>{volunteer.email}</span>
              </th>
              <td>
                {t("statusName", { status: volunteer.status })}
                {volunteer.status === "approved" && !volunteer.acceptingBookings ? <span className={styles.muted}> {t("pausedThemselves")}</span> : null}
              </td>
              <td className={styles.number}>{volunteer.upcomingSessions}</td>
              <td>
                {volunteer.nextFreeAt ? (
                  <time dateTime={volunteer.nextFreeAt.toISOString()}>{formatShortDateTime(volunteer.nextFreeAt, zone, locale)}</time>
                ) : (
                  "—"
                )}
              </td>
              <td>
                <VolunteerActions mentorId={volunteer.id} name={volunteer.displayName} status={volunteer.status} />
                {volunteer.upcomingSessions > 0 && (volunteer.status === "approved" || volunteer.status === "paused") ? (
                  <p className="hint">{t("pauseWarning", { count: volunteer.upcomingSessions })}</p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
