import { countryName, languageName } from "@/lib/format/names";
import { localDateKey } from "@/lib/format/time";
import type { PendingApplication } from "@/lib/volunteers/data";
import styles from "./organiser.module.css";
import { VolunteerActions } from "./volunteer-actions";

/** A pending application with everything an organiser reads before approving or declining. */
export function ApplicationCard({ application, zone }: { application: PendingApplication; zone: string }) {
  const a = application;
  const headingId = `application-${a.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {a.displayName}
        {a.pronouns ? <span className={styles.muted}> ({a.pronouns})</span> : null}
      </h3>
      <p className={styles.break}>{a.headline}</p>
      <dl className="facts">
        <dt>Email</dt>
        <dd className={styles.break}>{a.email}</dd>
        <dt>Applied</dt>
        <dd>
          <time dateTime={a.createdAt.toISOString()}>{localDateKey(a.createdAt, zone)}</time>
        </dd>
        <dt>Country</dt>
        <dd>{countryName(a.country)}</dd>
        <dt>Time zone</dt>
        <dd>{a.timeZone}</dd>
        <dt>Languages</dt>
        <dd>{a.languages.map((tag) => languageName(tag)).join(", ") || "—"}</dd>
        <dt>Topics</dt>
        <dd>{a.topics.join(", ") || "—"}</dd>
        <dt>Co-op</dt>
        <dd className={styles.break}>
          {a.coopName ?? "—"}
          {a.coopUrl ? <> ({a.coopUrl})</> : null}
        </dd>
        <dt>Video link</dt>
        <dd className={styles.break}>{a.meetingUrl ?? "Not set yet"}</dd>
        <dt>Weekly hours</dt>
        <dd>{a.weeklyRules === 0 ? "None set yet" : `${a.weeklyRules} ${a.weeklyRules === 1 ? "range" : "ranges"} set`}</dd>
      </dl>
      <details>
        <summary>Bio</summary>
        <p className={styles.quote}>{a.bio}</p>
      </details>
      <div>
        <h4 className="eyebrow">Why they want to help</h4>
        <blockquote className={styles.quote}>{a.application || "They did not say."}</blockquote>
      </div>
      <VolunteerActions mentorId={a.id} name={a.displayName} status={a.status} />
    </article>
  );
}
