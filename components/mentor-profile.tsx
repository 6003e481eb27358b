import { getTranslations } from "next-intl/server";
import { slotsInWindow } from "@/lib/availability/daytime-window";
import type { Slot } from "@/lib/availability/slots";
import { aheadSpan, windowHours, type DaytimeWindow } from "@/lib/format/daytime-window";
import { countryName, zoneCity } from "@/lib/format/names";
import { zoneLabel } from "@/lib/format/time";
import { mentorTimesPath } from "@/lib/http/daytime-window";
import type { Locale } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/paths";
import type { PublicMentor } from "@/lib/mentors/data";
import { joinWaitlist } from "@/lib/waitlist/actions";
import { waitlistFormToken } from "@/lib/waitlist/loaders";
import { DaytimeWindowForm } from "./daytime-window-form";
import { SessionLanguages } from "./mentor-card";
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
  locale: Locale;
}

/**
 * A mentor's page, in the page's language. The headline and bio are the
 * mentor's own words: in this language when they wrote them in it (the loader
 * picks them), else their main ones, whose language nobody recorded.
 */
export async function MentorProfile({ mentor, slots, zone, explicitZone, window = null, generatedAt, locale }: Props) {
  const [t, card] = await Promise.all([getTranslations({ locale, namespace: "mentorProfile" }), getTranslations({ locale, namespace: "directory.card" })]);
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
              <dt>{card("coop")}</dt>
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
          <dt>{card("basedIn")}</dt>
          <dd>
            {countryName(mentor.country, locale)} {card("localTime", { city: zoneCity(mentor.timeZone) })}
          </dd>
          <dt>{card("speaks")}</dt>
          <dd>
            <SessionLanguages languages={mentor.languages} locale={locale} separator={card("listSeparator")} />
          </dd>
        </dl>
        <ul className="tags" aria-label={card("helpsWith")}>
          {mentor.topics.map((topic) => (
            <li key={topic.slug}>{topic.name}</li>
          ))}
        </ul>
      </header>

      <section className="section" aria-labelledby="about">
        <h2 id="about">{t("about", { name: mentor.displayName.split(" ")[0]! })}</h2>
        <p className="prose">{mentor.bio}</p>
      </section>

      <section className="section" aria-labelledby="times">
        <h2 id="times">{t("bookTitle", { minutes: mentor.sessionMinutes })}</h2>
        <p>
          {t.rich("timesShownIn", { zone: zoneLabel(zone, generatedAt), strong: (chunks) => <strong>{chunks}</strong> })}{" "}
          <Link href={{ pathname: "/time-zone", query: { return: here } }} prefetch={false}>
            {t("changeZone")}
          </Link>
        </p>
        <DaytimeWindowForm window={window} returnTo={here} />
        {slots.length === 0 ? (
          <>
            <p className="empty-state">{t("noFreeTimes", { name: mentor.displayName })}</p>
            <WaitlistForm
              action={joinWaitlist}
              target={{ mentor: mentor.slug }}
              formToken={waitlistFormToken({ mentorId: mentor.id })}
              zone={zone}
              heading={t("waitlistHeading", { name: mentor.displayName })}
              headingLevel={3}
            />
          </>
        ) : window && shown.length === 0 ? (
          <p className="empty-state">
            {t("noneInWindow", { ...windowHours(window), ...aheadSpan(mentor.horizonDays) })}{" "}
            <a href={`${localisedPath(locale, "/time-zone/window")}?${new URLSearchParams({ return: here })}`}>{t("showAllTimes")}</a>
          </p>
        ) : (
          <SlotList slots={shown} zone={zone} bookPath={`${base}/book`} locale={locale} />
        )}
      </section>
      <ZoneSync renderedZone={zone} explicit={explicitZone} zonePath={localisedPath(locale, `${base}/times`)} />
    </article>
  );
}
