import type { Metadata } from "next";
import { CalendarSourceList } from "@/components/calendars/source-list";
import { ConnectCalDavForm, ConnectFeedForm } from "@/components/calendars/connect-forms";
import { chooseCalDavCalendars, connectCalDav, connectFeed, refreshCalendar, removeCalendar } from "@/lib/calendars/actions";
import { loadMyCalendars } from "@/lib/calendars/loaders";
import { formatDay, formatRange } from "@/lib/format/time";

export const metadata: Metadata = { title: "Your calendars", robots: { index: false } };

const outcomes: Record<string, string> = {
  read: "Calendar read. Your free times are up to date.",
  unchanged: "Calendar read: nothing has changed since the last read.",
  failed: "The calendar could not be read: see its status below. Founders are kept away from the busy times it last showed.",
  "busy-elsewhere": "That calendar is being read right now; its status below updates in a moment.",
  removed: "Calendar removed. Its busy times no longer hide your free times.",
  chosen: "Saved: only the ticked calendars count as busy.",
  "too-often": "You have asked for many calendar reads this hour. Please wait a while: Candle reads your calendars every few minutes anyway.",
  gone: "That calendar was already removed.",
};

type Props = { searchParams: Promise<{ done?: string }> };

export default async function VolunteerCalendarsPage({ searchParams }: Props) {
  const [{ done }, view] = await Promise.all([searchParams, loadMyCalendars()]);
  const outcome = done && Object.hasOwn(outcomes, done) ? outcomes[done] : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your calendars</h1>
        <p>
          Connect the calendars you keep for work, your co-op and the rest of your life. Candle reads them every few minutes and never offers founders a time
          you are busy in them. Only you see the events&apos; titles; founders see only that a time is not free.
        </p>
        {outcome ? (
          <p className="form-alert" role="status">
            {outcome}
          </p>
        ) : null}
      </div>
      {view.clashes.length > 0 ? (
        <section className="section" aria-labelledby="clashes-title">
          <h2 id="clashes-title">Sessions that clash with your calendars</h2>
          <p>
            These sessions were booked before your calendar showed you busy. They stay booked: move or cancel them from your sessions page if you cannot make
            it.
          </p>
          <ul className="link-list">
            {view.clashes.map((clash) => (
              <li key={clash.bookingId}>
                {formatDay(clash.startsAt, view.zone)}, {formatRange(clash.startsAt, clash.endsAt, view.zone)} with {clash.founderName}: “
                {clash.title || "busy"}” in {clash.calendar}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="connected-title">
        <h2 id="connected-title">Connected</h2>
        <CalendarSourceList sources={view.sources} zone={view.zone} refresh={refreshCalendar} remove={removeCalendar} choose={chooseCalDavCalendars} />
      </section>
      <section className="section" aria-labelledby="feed-title">
        <h2 id="feed-title">Add a secret address</h2>
        <p>
          Most calendar apps can give a private iCalendar (.ics) address for a calendar: “Secret address in iCal format”, “Share link”, “Publish”. Anyone with
          it can read the calendar, so Candle keeps it encrypted.
        </p>
        <ConnectFeedForm action={connectFeed} />
      </section>
      <section className="section" aria-labelledby="caldav-title">
        <h2 id="caldav-title">Add a CalDAV account</h2>
        <p>For Nextcloud, Radicale, Fastmail and other CalDAV servers: Candle finds your calendars, and you choose which count as busy.</p>
        <ConnectCalDavForm action={connectCalDav} />
      </section>
    </div>
  );
}
