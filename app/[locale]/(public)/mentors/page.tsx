import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DaytimeWindowForm } from "@/components/daytime-window-form";
import { DirectoryFilters } from "@/components/directory-filters";
import { MentorCard } from "@/components/mentor-card";
import { WaitlistForm } from "@/components/waitlist-form";
import { ZoneSync } from "@/components/zone-sync";
import { daytimeWindowKey, windowPhrase } from "@/lib/format/daytime-window";
import { zoneLabel } from "@/lib/format/time";
import { canonicalTimeZone } from "@/lib/format/zones";
import { viewerWindow } from "@/lib/http/viewer-window";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadDirectory } from "@/lib/mentors/loaders";
import { directoryQuerySchema } from "@/lib/mentors/schema";
import { joinWaitlist } from "@/lib/waitlist/actions";
import { waitlistFormToken } from "@/lib/waitlist/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = {
  title: "Find a mentor",
  description: "Volunteers from worker co-ops around the world, each offering a free hour to people starting one.",
};

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentorDirectoryPage({ params: route, searchParams }: Props) {
  await pageLocale(route);
  const params = await searchParams;
  const respelled = canonicalTimeZone(params.tz);
  if (respelled && respelled !== params.tz) {
    const search = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
    search.set("tz", respelled);
    redirect(`/mentors?${search}` as Route);
  }
  const query = directoryQuerySchema.parse(params);
  const [{ zone, explicit }, { window, explicit: explicitWindow }] = await Promise.all([viewerZone(params.tz), viewerWindow(params.between)]);
  const { mentors, total, hiddenByWindow, unchecked, topics, facets, pages } = await loadDirectory(query, { zone, window });
  const between = explicitWindow && window ? daytimeWindowKey(window) : undefined;
  const pageLink = (page: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, page, tz: explicit ? zone : undefined, between })) {
      if (value !== undefined && !(key === "page" && value === 1)) search.set(key, String(value));
    }
    return `/mentors?${search}` as Route;
  };

  return (
    <div className="container">
      <div className="page-intro">
        <h1>Find a mentor</h1>
        <p>Volunteers from worker co-ops, each offering a free hour. Pick someone whose experience matches where your co-op is now.</p>
      </div>
      <DirectoryFilters
        query={query}
        zone={zone}
        explicitZone={explicit}
        between={between}
        topics={topics}
        languages={facets.languages}
        countries={facets.countries}
      />
      <DaytimeWindowForm window={window} returnTo={pageLink(1)} />
      <p className="results-count" role="status">
        {total === 1 ? "1 mentor" : `${total} mentors`}. Times in {zoneLabel(zone, new Date())}
        {window ? `, ${windowPhrase(window)} only` : ""}.{" "}
        <Link href={{ pathname: "/time-zone", query: { return: pageLink(query.page) } }} prefetch={false}>
          Change time zone
        </Link>
      </p>
      {window && unchecked > 0 ? (
        <p className="hint">
          {unchecked === 1 ? "1 mentor" : `${unchecked} mentors`} further down the list {unchecked === 1 ? "was" : "were"} not checked against your hours: their
          cards show their first free time, which may be outside them. Narrow the search to check everyone.
        </p>
      ) : null}
      {window && total === 0 && hiddenByWindow > 0 ? (
        <p className="empty-state">
          No mentor has free time {windowPhrase(window)} in your zone in the next {query.within} days.{" "}
          <a href={`/time-zone/window?${new URLSearchParams({ return: pageLink(1) })}`}>Show all times</a>
        </p>
      ) : mentors.length === 0 ? (
        <>
          <p className="empty-state">
            No mentors match these filters. <Link href="/mentors">Show everyone</Link>
          </p>
          {/* A search by topic or language can wait for a mentor to free up; the other filters are not kept. */}
          {(query.topic ? topics.some((topic) => topic.slug === query.topic) : query.language) ? (
            <WaitlistForm
              action={joinWaitlist}
              target={{ topic: query.topic, language: query.language }}
              formToken={waitlistFormToken({ topic: query.topic, language: query.language })}
              zone={zone}
              heading="Tell me when a mentor for this search has free time"
              headingLevel={2}
            />
          ) : null}
        </>
      ) : (
        <ul className="mentor-grid" aria-label="Mentors">
          {mentors.map((mentor) => (
            <li key={mentor.id}>
              <MentorCard mentor={mentor} zone={zone} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {query.page > 1 ? <Link href={pageLink(query.page - 1)}>Previous page</Link> : <span />}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? <Link href={pageLink(query.page + 1)}>Next page</Link> : <span />}
        </nav>
      ) : null}
      <ZoneSync renderedZone={zone} explicit={explicit} />
    </div>
  );
}
