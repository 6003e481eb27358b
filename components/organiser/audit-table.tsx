import type { AuditEntryView } from "@/lib/audit-log/loaders";
import { formatClockTime, localDateKey, offsetLabel } from "@/lib/format/time";
import styles from "./organiser.module.css";

/** The log newest first; each time carries its UTC offset. */
export function AuditTable({ entries, zone }: { entries: AuditEntryView[]; zone: string }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
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
                {entry.what}
                <br />
                <code className={styles.muted}>{entry.action}</code>
              </th>
              <td className={styles.break}>{entry.target}</td>
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
