import { COOP_STAGE_LABELS } from "@/lib/format/coop-stages";
import { countryName } from "@/lib/format/names";
import { formatShortDateTime } from "@/lib/format/time";
import type { FounderData } from "@/lib/my-data/data";

/** What Candle holds about one address, in plain words; the download has the same in JSON. */
export function FounderDataSummary({ data }: { data: FounderData }) {
  const zone = data.bookings[0]?.founderTimeZone ?? "UTC";
  const when = (at: Date) => formatShortDateTime(at, zone);
  return (
    <>
      <section className="section" aria-labelledby="data-bookings">
        <h2 id="data-bookings">Your bookings ({data.bookings.length})</h2>
        {data.bookings.length ? (
          <ul className="link-list">
            {data.bookings.map((booking) => (
              <li key={booking.id}>
                <strong>
                  {when(booking.startsAt)} with {booking.mentor}
                </strong>{" "}
                ({booking.status.replaceAll("_", " ")}): {booking.founderName}, {booking.founderEmail}, {countryName(booking.founderCountry)},{" "}
                {COOP_STAGE_LABELS[booking.coopStage]}; topics {booking.topics.join(", ") || "none"}; “{booking.message}”
                {booking.coFounders.length ? `; co-founders ${booking.coFounders.join(", ")}` : ""}
                {booking.cancelReason ? `; reason for cancelling “${booking.cancelReason}”` : ""}
                {booking.feedback ? `; your feedback ${booking.feedback.usefulness}/5${booking.feedback.comment ? ` “${booking.feedback.comment}”` : ""}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
      <section className="section" aria-labelledby="data-invited">
        <h2 id="data-invited">Sessions you were invited to as a co-founder ({data.invitedAsCoFounder.length})</h2>
        {data.invitedAsCoFounder.length ? (
          <ul className="link-list">
            {data.invitedAsCoFounder.map((row) => (
              <li key={`${row.startsAt.toISOString()}-${row.mentor}`}>
                {when(row.startsAt)} with {row.mentor}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
      <section className="section" aria-labelledby="data-waitlist">
        <h2 id="data-waitlist">Waitlists ({data.waitlist.length})</h2>
        {data.waitlist.length ? (
          <ul className="link-list">
            {data.waitlist.map((entry) => (
              <li key={entry.createdAt.toISOString()}>
                {entry.mentor ?? entry.topic ?? entry.language ?? "Any mentor"}, {entry.confirmedAt ? "confirmed" : "not confirmed"}, until{" "}
                {when(entry.expiresAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
      <section className="section" aria-labelledby="data-mail">
        <h2 id="data-mail">Emails we still keep ({data.emails.length})</h2>
        {data.emails.length ? (
          <ul className="link-list">
            {data.emails.map((mail) => (
              <li key={`${mail.createdAt.toISOString()}-${mail.subject}`}>
                {when(mail.createdAt)}: {mail.subject}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
    </>
  );
}
