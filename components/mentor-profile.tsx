import Link from "next/link";
import { slotsInWindow } from "@/lib/availability/daytime-window";
import type { Slot } from "@/lib/availability/slots";
import { aheadPhrase, windowPhrase, type DaytimeWindow } from "@/lib/format/daytime-window";
import { countryName, languageName, zoneCity } from "@/lib/format/names";
import { zoneLabel } from "@/lib/format/time";
import { mentorTimesPath } from "@/lib/http/daytime-window";
import type { PublicMentor } from "@/lib/mentors/data";
import { joinWaitlist } from "@/lib/waitlist/actions";
import { waitlistFormToken } from "@/lib/waitlist/loaders";
import { DaytimeWindowForm } from "./daytime-window-form";
import { SlotList } from "./slot-list";
import { WaitlistForm } from "./waitlist-form";
import { ZoneSync } from "./zone-sync";

interface Props {
  mentor: PublicMentor;
  slots: Slot[];
  zone: string;
  /** The visitor chose this zone (a per-zone address), so it is not replaced by the browser's. */
  explicitZone: boolean;
  /** The visitor's daytime window (part of the page's address); slots outside it are left out. */
  window?: DaytimeWindow | null;
  generatedAt: Date;
}

export function MentorProfile({ mentor, slots, zone, explicitZone, window = null, generatedAt }: Props) {
  const base = `/mentors/${mentor.slug}`;
  const shown = window ? slotsInWindow(slots, window, zone) : slots;
  const here = explicitZone ? mentorTimesPath(mentor.slug, zone, window) : base;
  return (
    <article className="container profile" aria-labelledby="mentor-name">
      <header className="page-intro">
        <h1 id="mentor-name">
          {mentor.displayName}
          {mentor.pronouns ? <span className="mentor-card__pronouns"> ({mentor.pronouns})</span> : null}
        </h1>
        <p className="hero__lead">{mentor.headline}</p>
        <dl className="facts">
          {mentor.coopName ? (
            <>
              <dt>Co-op</dt>
              <dd>
                {mentor.coopUrl ? (
                  <a href={mentor.coopUrl} rel="noopener noreferrer">
                    {mentor.coopName}
                  </a>
                ) : (
                  mentor.coopName
                )}
              </dd>
            </>
          ) : null}
          <dt>Based in</dt>
          <dd>
            {countryName(mentor.country)} ({zoneCity(mentor.timeZone)} time)
          </dd>
          <dt>Speaks</dt>
          <dd>{mentor.languages.map((tag) => languageName(tag)).join(", ")}</dd>
        </dl>
        <ul className="tags" aria-label="Can help with">
          {mentor.topics.map((topic) => (
            <li key={topic.slug}>{topic.name}</li>
          ))}
        </ul>
      </header>

      <section className="section" aria-labelledby="about">
        <h2 id="about">About {mentor.displayName.split(" ")[0]}</h2>
        <p className="prose">{mentor.bio}</p>
      </section>

      <section className="section" aria-labelledby="times">
        <h2 id="times">Book a free {mentor.sessionMinutes}-minute session</h2>
        <p>
          Times are shown in <strong>{zoneLabel(zone, generatedAt)}</strong>.{" "}
          <Link href={{ pathname: "/time-zone", query: { return: here } }} prefetch={false}>
            Change time zone
          </Link>
        </p>
        <DaytimeWindowForm window={window} returnTo={here} />
        {slots.length === 0 ? (
          <>
            <p className="empty-state">{mentor.displayName} has no free times at the moment. Please check back soon, or find another mentor.</p>
            <WaitlistForm
              action={joinWaitlist}
              target={{ mentor: mentor.slug }}
              formToken={waitlistFormToken({ mentorId: mentor.id })}
              zone={zone}
              heading={`Tell me when ${mentor.displayName} has free time`}
              headingLevel={3}
            />
          </>
        ) : window && shown.length === 0 ? (
          <p className="empty-state">
            No times {windowPhrase(window)} in your zone in {aheadPhrase(mentor.horizonDays)}.{" "}
            <a href={`/time-zone/window?${new URLSearchParams({ return: here })}`}>Show all times</a>
          </p>
        ) : (
          <SlotList slots={shown} zone={zone} bookPath={`${base}/book`} />
        )}
      </section>
      <ZoneSync renderedZone={zone} explicit={explicitZone} zonePath={`${base}/times`} />
    </article>
  );
}
