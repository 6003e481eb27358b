import { useLocale, useTranslations } from "next-intl";
import type { FounderBooking } from "@/lib/bookings/data";
import { formatRange, zoneLabel } from "@/lib/format/time";

/** A booking's facts for its founder, in the page's language. */
export function BookingSummary({ booking }: { booking: FounderBooking }) {
  const t = useTranslations("booking.summary");
  const locale = useLocale();
  const zone = booking.founderTimeZone;
  return (
    <dl className="facts summary">
      <dt>{t("with")}</dt>
      <dd>{booking.mentor.displayName}</dd>
      <dt>{t("when")}</dt>
      <dd>
        <time dateTime={booking.startsAt.toISOString()}>{formatRange(booking.startsAt, booking.endsAt, zone, locale)}</time>{" "}
        <span className="hint">({zoneLabel(zone, booking.startsAt)})</span>
      </dd>
      {booking.coFounders.length ? (
        <>
          <dt>{t("coFounders")}</dt>
          <dd>{booking.coFounders.join(", ")}</dd>
        </>
      ) : null}
      {booking.topics.length ? (
        <>
          <dt>{t("topics")}</dt>
          <dd>{booking.topics.join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
