import { useTranslations } from "next-intl";
import styles from "./sessions.module.css";

/** A plain link, not next/link: the answer is a file, not a page. */
export function InviteLink({ bookingId, founderName }: { bookingId: string; founderName: string }) {
  const t = useTranslations("sessions");
  return (
    <a className={styles.download} href={`/volunteer/sessions/${encodeURIComponent(bookingId)}/invite.ics`} download>
      {t.rich("invite", { founder: founderName, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
    </a>
  );
}
