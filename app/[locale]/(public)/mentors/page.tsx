import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DaytimeWindowForm } from "@/components/daytime-window-form";
import { DirectoryFilters } from "@/components/directory-filters";
import { MentorCard } from "@/components/mentor-card";
import { WaitlistForm } from "@/components/waitlist-form";
import { ZoneSync } from "@/components/zone-sync";
import { daytimeWindowKey, windowHours } from "@/lib/format/daytime-window";
import { zoneLabel } from "@/lib/format/time";
import { canonicalTimeZone } from "@/lib/format/zones";
import { viewerWindow } from "@/lib/http/viewer-window";
import { viewerZone } from "@/lib/http/viewer-zone";
import { pickLocale } from "@/lib/i18n/languages";
import { Link, redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localisedPath } from "@/lib/i18n/paths";
import { loadDirectory } from "@/lib/mentors/loaders";
import { directoryQuerySchema } from "@/lib/mentors/schema";
import { shareMetadata } from "@/lib/seo";
import { joinWaitlist } from "@/lib/waitlist/actions";
import { waitlistFormToken } from "@/lib/waitlist/loaders";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = pickLocale((await params).locale);
  const [t, document] = await Promise.all([getTranslations({ locale, namespace: "directory" }), getTranslations({ locale, namespace: "document" })]);
  const title = t("metaTitle");
  const description = t("metaDescription");
  return { title, description, ...shareMetadata({ title, description, path: "/mentors", locale, imageAlt: document("shareImageAlt") }) };
}

export default async function MentorDirectoryPage({ params: route, searchParams }: Props) {
  const locale = await pageLocale(route);
  const params = await searchParams;
  const respelled = canonicalTimeZone(params.tz);
  if (respelled && respelled !== params.tz) {
    const search = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
    search.set("tz", respelled);
    redirect({ href: `/mentors?${search}`, locale });
  }
  const t = await getTranslations({ locale, namespace: "directory" });
  const card = await getTranslations({ locale, namespace: "directory.card" });
  const query = directoryQuerySchema.parse(params);
  const [{ zone, explicit }, { window, explicit: explicitWindow }] = await Promise.all([viewerZone(params.tz), viewerWindow(params.between)]);
  const { mentors, total, hiddenByWindow, unchecked, topics, facets, pages } = await loadDirectory(query, { zone, window, locale });
  const between = explicitWindow && window ? daytimeWindowKey(window) : undefined;
  // Without the language: links add it (Link), and the zone and window forms' routes add their own.
  const pageLink = (page: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, page, tz: explicit ? zone : undefined, between })) {
      if (value !== undefined && !(key === "page" && value === 1)) search.set(key, String(value));
    }
    return `/mentors?${search}`;
  };
  const zoneName = zoneLabel(zone, new Date());

  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <DirectoryFilters
        query={query}
        zone={zone}
        explicitZone={explicit}
        between={between}
        topics={topics}
        languages={facets.languages}
        countries={facets.countries}
        locale={locale}
      />
      <DaytimeWindowForm window={window} returnTo={pageLink(1)} />
      <p className="results-count" role="status">
        {window ? t("resultsInWindow", { count: total, zone: zoneName, ...windowHours(window) }) : t("results", { count: total, zone: zoneName })}{" "}
        <Link href={{ pathname: "/time-zone", query: { return: pageLink(query.page) } }} prefetch={false}>
          {t("changeZone")}
        </Link>
      </p>
      {window && unchecked > 0 ? <p className="hint">{t("unchecked", { count: unchecked })}</p> : null}
      {window && total === 0 && hiddenByWindow > 0 ? (
        <p className="empty-state">
          {t("noneInWindow", { ...windowHours(window), days: query.within ?? 0 })}{" "}
          <a href={`${localisedPath(locale, "/time-zone/window")}?${new URLSearchParams({ return: pageLink(1) })}`}>{t("showAllTimes")}</a>
        </p>
      ) : mentors.length === 0 ? (
        <>
          <p className="empty-state">
            {t("noMatches")} <Link href="/mentors">{t("showEveryone")}</Link>
          </p>
          {/* A search by topic or language can wait for a mentor to free up; the other filters are not kept. */}
          {(query.topic ? topics.some((topic) => topic.slug === query.topic) : query.language) ? (
            <WaitlistForm
              action={joinWaitlist}
              target={{ topic: query.topic, language: query.language }}
              formToken={waitlistFormToken({ topic: query.topic, language: query.language })}
              zone={zone}
              heading={t("waitlistHeading")}
              headingLevel={2}
            />
          ) : null}
        </>
      ) : (
        <ul className="mentor-grid" aria-label={t("listLabel")}>
          {mentors.map((mentor) => (
            <li key={mentor.id}>
              <MentorCard mentor={mentor} zone={zone} locale={locale} t={card} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("pagesLabel")}>
          {query.page > 1 ? <Link href={pageLink(query.page - 1)}>{t("previousPage")}</Link> : <span />}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? <Link href={pageLink(query.page + 1)}>{t("nextPage")}</Link> : <span />}
        </nav>
      ) : null}
      <ZoneSync renderedZone={zone} explicit={explicit} />
    </div>
  );
}
