import styles from "./sessions.module.css";

/** A plain link, not next/link: the answer is a file, not a page. */
export function InviteLink({ bookingId, founderName }: { bookingId: string; founderName: string }) {
  return (
    <a className={styles.download} href={`/volunteer/sessions/${encodeURIComponent(bookingId)}/invite.ics`} download>
      Download calendar file<span className="visually-hidden"> for the session with {founderName}</span> (.ics)
    </a>
  );
}
