import { createTranslator, type Messages } from "next-intl";
import type { DirectoryMentor } from "@/lib/mentors/data";
import { countryName, languageName, zoneCity } from "@/lib/format/names";
import { formatShortDateTime } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/languages";
import en from "@/lib/i18n/messages/en.json";
import { Link } from "@/lib/i18n/navigation";

export type MentorCardTranslator = ReturnType<typeof createTranslator<Messages, "directory.card">>;

// The volunteer's preview of their own card is drawn in the browser, where the
// directory's messages are not sent: it shows the English card.
const english = createTranslator({ locale: "en", messages: en as Messages, namespace: "directory.card" });

/**
 * A mentor's card in the directory, in the reader's language (`t` is the
 * directory.card translator for `locale`). The languages a session can be held
 * in are named in the reader's language.
 */
export function MentorCard({ mentor, zone, locale = "en", t = english }: { mentor: DirectoryMentor; zone: string; locale?: Locale; t?: MentorCardTranslator }) {
  const headingId = `mentor-${mentor.slug}`;
  const next = mentor.nextFreeAt && mentor.nextFreeAt > new Date() ? mentor.nextFreeAt : null;
  return (
    <article className="mentor-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={`/mentors/${mentor.slug}`} prefetch={false}>
          {mentor.displayName}
        </Link>
        {mentor.pronouns ? <span className="mentor-card__pronouns"> ({mentor.pronouns})</span> : null}
      </h2>
      <p className="mentor-card__headline">{mentor.headline}</p>
      <dl className="facts">
        {mentor.coopName ? (
          <>
            <dt>{t("coop")}</dt>
            <dd>{mentor.coopName}</dd>
          </>
        ) : null}
        <dt>{t("basedIn")}</dt>
        <dd>
          {countryName(mentor.country, locale)} <span className="mentor-card__pronouns">{t("localTime", { city: zoneCity(mentor.timeZone) })}</span>
        </dd>
        <dt>{t("speaks")}</dt>
        <dd>
          <SessionLanguages languages={mentor.languages} locale={locale} separator={t("listSeparator")} />
        </dd>
        <dt>{t("nextFree")}</dt>
        <dd>{next ? <time dateTime={next.toISOString()}>{formatShortDateTime(next, zone, locale)}</time> : t("noFreeTimes")}</dd>
      </dl>
      <ul className="tags" aria-label={t("helpsWith")}>
        {mentor.topics.map((topic) => (
          <li key={topic.slug}>{topic.name}</li>
        ))}
      </ul>
    </article>
  );
}

/**
 * The languages a session can be held in, named in the reader's language, theirs
 * ("es", "es-AR" for Spanish) first. A tag no name is known for is shown as it
 * is, marked as that language's.
 */
export function SessionLanguages({ languages, locale, separator }: { languages: string[]; locale: Locale; separator: string }) {
  const readers = (tag: string) => tag === locale || tag.startsWith(`${locale}-`);
  const ordered = [...languages.filter(readers), ...languages.filter((tag) => !readers(tag))];
  return ordered.map((tag, index) => {
    const name = languageName(tag, locale);
    return (
      <span key={tag}>
        {index > 0 ? separator : null}
        <span lang={name === tag ? tag : undefined}>{name}</span>
      </span>
    );
  });
}
