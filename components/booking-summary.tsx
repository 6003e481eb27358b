import type { FounderBooking } from "@/lib/bookings/data";
import { formatRange, zoneLabel } from "@/lib/format/time";

export function BookingSummary({ booking }: { booking: FounderBooking }) {
  const zone = booking.founderTimeZone;
  return (
    <dl className="facts summary">
      <dt>With</dt>
      <dd>{booking.mentor.displayName}</dd>
      <dt>When</dt>
      <dd>
        <time dateTime={booking.startsAt.toISOString()}>{formatRange(booking.startsAt, booking.endsAt, zone)}</time>{" "}
        <span className="hint">({zoneLabel(zone, booking.startsAt)})</span>
      </dd>
      {booking.coFounders.length ? (
        <>
          <dt>Co-founders invited</dt>
          <dd>{booking.coFounders.join(", ")}</dd>
        </>
      ) : null}
      {booking.topics.length ? (
        <>
          <dt>Topics</dt>
          <dd>{booking.topics.join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
