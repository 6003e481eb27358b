import Link from "next/link";
import type { DirectoryMentor } from "@/lib/mentors/data";
import { countryName, languageName, zoneCity } from "@/lib/format/names";
import { formatShortDateTime } from "@/lib/format/time";

export function MentorCard({ mentor, zone }: { mentor: DirectoryMentor; zone: string }) {
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
            <dt>Co-op</dt>
            <dd>{mentor.coopName}</dd>
          </>
        ) : null}
        <dt>Based in</dt>
        <dd>
          {countryName(mentor.country)} <span className="mentor-card__pronouns">({zoneCity(mentor.timeZone)} time)</span>
        </dd>
        <dt>Speaks</dt>
        <dd>{mentor.languages.map((tag) => languageName(tag)).join(", ")}</dd>
        <dt>Next free</dt>
        <dd>{next ? <time dateTime={next.toISOString()}>{formatShortDateTime(next, zone)}</time> : "No free times right now"}</dd>
      </dl>
      <ul className="tags" aria-label="Can help with">
        {mentor.topics.map((topic) => (
          <li key={topic.slug}>{topic.name}</li>
        ))}
      </ul>
    </article>
  );
}
