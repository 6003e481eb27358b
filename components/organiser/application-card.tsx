import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName, languageName } from "@/lib/format/names";
import { localDateKey } from "@/lib/format/time";
import { pickLocale } from "@/lib/i18n/languages";
import type { PendingApplication } from "@/lib/volunteers/data";
import styles from "./organiser.module.css";
import { VolunteerActions } from "./volunteer-actions";

/** A pending application with everything an organiser reads before approving or declining. */
export async function ApplicationCard({ application, zone }: { application: PendingApplication; zone: string }) {
  const a = application;
  const t = await getTranslations("organiserVolunteers.application");
  const format = await getFormatter();
  const locale = pickLocale(await getLocale());
  const headingId = `application-${a.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {a.displayName}
        {a.pronouns ? <span className={styles.muted}> ({a.pronouns})</span> : null}
      </h3>
      <p className={styles.break}>{a.headline}</p>
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd className={styles.break}>{a.email}</dd>
        <dt>{t("applied")}</dt>
        <dd>
          <time dateTime={a.createdAt.toISOString()}>{localDateKey(a.createdAt, zone)}</time>
        </dd>
        <dt>{t("country")}</dt>
        <dd>{countryName(a.country, locale)}</dd>
        <dt>{t("timeZone")}</dt>
        <dd>{a.timeZone}</dd>
        <dt>{t("languages")}</dt>
        <dd>{format.list(a.languages.map((tag) => languageName(tag, locale))) || "—"}</dd>
        <dt>{t("topics")}</dt>
        <dd>{format.list(a.topics) || "—"}</dd>
        <dt>{t("coop")}</dt>
        <dd className={styles.break}>
          {a.coopName ?? "—"}
          {a.coopUrl ? <> ({a.coopUrl})</> : null}
        </dd>
        <dt>{t("videoLink")}</dt>
        <dd className={styles.break}>{a.meetingUrl ?? t("notSet")}</dd>
        <dt>{t("weeklyHours")}</dt>
        <dd>{t("ranges", { count: a.weeklyRules })}</dd>
      </dl>
      <details>
        <summary>{t("bio")}</summary>
        <p className={styles.quote}>{a.bio}</p>
      </details>
      <div>
        <h4 className="eyebrow">{t("why")}</h4>
        <blockquote className={styles.quote}>{a.application || t("didNotSay")}</blockquote>
      </div>
      <VolunteerActions mentorId={a.id} name={a.displayName} status={a.status} />
    </article>
  );
}
