import { getTranslations } from "next-intl/server";
import type { AuditEntryView } from "@/lib/audit-log/loaders";
import { formatClockTime, localDateKey, offsetLabel } from "@/lib/format/time";
import styles from "./organiser.module.css";

/** The log newest first; each time carries its UTC offset. */
export async function AuditTable({ entries, zone }: { entries: AuditEntryView[]; zone: string }) {
  const t = await getTranslations("audit");
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at.toISOString()}>
                  {localDateKey(entry.at, zone)} {formatClockTime(entry.at, zone)} <span className={styles.muted}>{offsetLabel(entry.at, zone)}</span>
                </time>
              </td>
              <td className={styles.break}>{entry.who}</td>
              <th scope="row">
                {entry.what ? t(`actions.${entry.what}`) : entry.action}
                <br />
                <code className={styles.muted}>{entry.action}</code>
              </th>
              <td className={styles.break}>
                {entry.target.type ? t(`targets.${entry.target.type}`, { name: entry.target.name }) : `${entry.target.raw} ${entry.target.name}`}
              </td>
              <td>
                {entry.details.length ? (
                  <ul className={styles.details}>
                    {entry.details.map(([key, value]) => (
                      <li key={key}>
                        <span className={styles.muted}>{key}:</span> {value}
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
