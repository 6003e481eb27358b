import type { Route } from "next";
import Link from "next/link";
import { formatShortDateTime } from "@/lib/format/time";
import type { VolunteerRow } from "@/lib/volunteers/data";
import styles from "./organiser.module.css";
import { VolunteerActions } from "./volunteer-actions";

const STATUS_TEXT: Record<string, string> = {
  approved: "Listed",
  paused: "Paused by an organiser",
  retired: "Retired",
  declined: "Declined",
};

function sessionsText(count: number) {
  return count === 1 ? "1 upcoming session" : `${count} upcoming sessions`;
}

/** Volunteers with their status and what pausing or retiring them would cancel. */
export function VolunteerTable({ volunteers, caption, zone }: { volunteers: VolunteerRow[]; caption: string; zone: string }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Volunteer</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.number}>
              Upcoming
            </th>
            <th scope="col">Next free time</th>
            <th scope="col">Actions</th>
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
                {STATUS_TEXT[volunteer.status] ?? volunteer.status}
                {volunteer.status === "approved" && !volunteer.acceptingBookings ? (
                  <span className={styles.muted}> (they paused their own bookings)</span>
                ) : null}
              </td>
              <td className={styles.number}>{volunteer.upcomingSessions}</td>
              <td>
                {volunteer.nextFreeAt ? <time dateTime={volunteer.nextFreeAt.toISOString()}>{formatShortDateTime(volunteer.nextFreeAt, zone)}</time> : "—"}
              </td>
              <td>
                <VolunteerActions mentorId={volunteer.id} name={volunteer.displayName} status={volunteer.status} />
                {volunteer.upcomingSessions > 0 && (volunteer.status === "approved" || volunteer.status === "paused") ? (
                  <p className="hint">Pausing or retiring cancels {sessionsText(volunteer.upcomingSessions)}; the founders are told.</p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
