import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarSourceList } from "@/components/calendars/source-list";
import { ConnectCalDavForm, ConnectFeedForm } from "@/components/calendars/connect-forms";
import { chooseCalDavCalendars, connectCalDav, connectFeed, refreshCalendar, removeCalendar } from "@/lib/calendars/actions";
import { loadMyCalendars } from "@/lib/calendars/loaders";
import { formatDay, formatRange } from "@/lib/format/time";
import { pickLocale } from "@/lib/i18n/languages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendars");
  return { title: t("title"), robots: { index: false } };
}

const OUTCOMES = ["read", "unchanged", "failed", "busy-elsewhere", "removed", "chosen", "too-often", "gone"] as const;
const isOutcome = (done: string | undefined): done is (typeof OUTCOMES)[number] => (OUTCOMES as readonly (string | undefined)[]).includes(done);

type Props = { searchParams: Promise<{ done?: string }> };

export default async function VolunteerCalendarsPage({ searchParams }: Props) {
  const [{ done }, view, t, locale] = await Promise.all([searchParams, loadMyCalendars(), getTranslations("calendars"), getLocale().then(pickLocale)]);
  const outcome = isOutcome(done) ? t(`outcomes.${done}`) : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        {outcome ? (
          <p className="form-alert" role="status">
            {outcome}
          </p>
        ) : null}
      </div>
      {view.clashes.length > 0 ? (
        <section className="section" aria-labelledby="clashes-title">
          <h2 id="clashes-title">{t("clashesTitle")}</h2>
          <p>{t("clashesIntro")}</p>
          <ul className="link-list">
            {view.clashes.map((clash) => (
              <li key={clash.bookingId}>
                {t("clash", {
                  day: formatDay(clash.startsAt, view.zone, locale),
                  time: formatRange(clash.startsAt, clash.endsAt, view.zone, locale),
                  founder: clash.founderName,
                  title: clash.title || t("busy"),
                  calendar: clash.calendar,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="connected-title">
        <h2 id="connected-title">{t("connected")}</h2>
        <CalendarSourceList
          sources={view.sources}
          zone={view.zone}
          locale={locale}
          refresh={refreshCalendar}
          remove={removeCalendar}
          choose={chooseCalDavCalendars}
        />
      </section>
      <section className="section" aria-labelledby="feed-title">
        <h2 id="feed-title">{t("feedTitle")}</h2>
        <p>{t("feedIntro")}</p>
        <ConnectFeedForm action={connectFeed} />
      </section>
      <section className="section" aria-labelledby="caldav-title">
        <h2 id="caldav-title">{t("caldavTitle")}</h2>
        <p>{t("caldavIntro")}</p>
        <ConnectCalDavForm action={connectCalDav} />
      </section>
    </div>
  );
}
