import type { DirectoryMentor } from "@/lib/mentors/data";
import { countryName, languageName, zoneCity } from "@/lib/format/names";

export function MentorCard({ mentor }: { mentor: DirectoryMentor }) {
  const headingId = `mentor-${mentor.slug}`;
  return (
    <article className="mentor-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {mentor.displayName}
        {mentor.pronouns ? <span className="mentor-card__pronouns"> ({mentor.pronouns})</span> : null}
      </h2>
      <p className="mentor-card__headline">{mentor.headline}</p>
      <dl className="facts">
        {mentor.coopName ? (
          <>
            <dt>Co-op</dt>
            <dd>{mentor.coopUrl ? <a href={mentor.coopUrl} rel="noopener noreferrer">{mentor.coopName}</a> : mentor.coopName}</dd>
          </>
        ) : null}
        <dt>Based in</dt>
        <dd>
          {countryName(mentor.country)} <span className="mentor-card__pronouns">({zoneCity(mentor.timeZone)} time)</span>
        </dd>
        <dt>Speaks</dt>
        <dd>{mentor.languages.map(languageName).join(", ")}</dd>
      </dl>
      <ul className="tags" aria-label="Can help with">
        {mentor.topics.map((topic) => (
          <li key={topic.slug}>{topic.name}</li>
        ))}
      </ul>
    </article>
  );
}
