import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/format/names";
import { formatShortDateTime } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/languages";
import type { FounderData } from "@/lib/my-data/data";

/** What Candle holds about one address, in plain words; the download has the same in JSON. */
export async function FounderDataSummary({ data, locale }: { data: FounderData; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "myData.summary" }), getFormatter({ locale })]);
  const zone = data.bookings[0]?.founderTimeZone ?? "UTC";
  const when = (at: Date) => formatShortDateTime(at, zone, locale);
  const list = (items: string[]) => format.list(items, { type: "conjunction" });
  const none = <p>{t("none")}</p>;
  return (
    <>
      <section className="section" aria-labelledby="data-bookings">
        <h2 id="data-bookings">{t("bookings", { count: data.bookings.length })}</h2>
        {data.bookings.length ? (
          <ul className="link-list">
            {data.bookings.map((booking) => (
              <li key={booking.id} style={{ overflowWrap: "anywhere" }}>
                {t.rich("booking", {
                  when: when(booking.startsAt),
                  mentor: booking.mentor,
                  status: t(`status.${booking.status}`),
                  name: booking.founderName,
                  email: booking.founderEmail,
                  country: countryName(booking.founderCountry, locale),
                  stage: t(`stage.${booking.coopStage}`),
                  topics: booking.topics.length ? list(booking.topics) : t("noTopics"),
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
                {t("message", { message: booking.message })}
                {booking.coFounders.length ? t("coFounders", { list: list(booking.coFounders) }) : null}
                {booking.cancelReason ? t("cancelReason", { reason: booking.cancelReason }) : null}
                {booking.feedback
                  ? booking.feedback.comment
                    ? t("feedbackComment", { score: booking.feedback.usefulness, comment: booking.feedback.comment })
                    : t("feedback", { score: booking.feedback.usefulness })
                  : null}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
      <section className="section" aria-labelledby="data-invited">
        <h2 id="data-invited">{t("invited", { count: data.invitedAsCoFounder.length })}</h2>
        {data.invitedAsCoFounder.length ? (
          <ul className="link-list">
            {data.invitedAsCoFounder.map((row) => (
              <li key={`${row.startsAt.toISOString()}-${row.mentor}`}>{t("invitedRow", { when: when(row.startsAt), mentor: row.mentor })}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
      <section className="section" aria-labelledby="data-waitlist">
        <h2 id="data-waitlist">{t("waitlists", { count: data.waitlist.length })}</h2>
        {data.waitlist.length ? (
          <ul className="link-list">
            {data.waitlist.map((entry) => (
              <li key={entry.createdAt.toISOString()}>
                {t("waitlistRow", {
                  target: entry.mentor ?? entry.topic ?? entry.language ?? t("anyMentor"),
                  confirmed: entry.confirmedAt ? "yes" : "no",
                  until: when(entry.expiresAt),
                })}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
      <section className="section" aria-labelledby="data-mail">
        <h2 id="data-mail">{t("emails", { count: data.emails.length })}</h2>
        {data.emails.length ? (
          <ul className="link-list">
            {data.emails.map((mail) => (
              <li key={`${mail.createdAt.toISOString()}-${mail.subject}`} style={{ overflowWrap: "anywhere" }}>
                {t("emailRow", { when: when(mail.createdAt), subject: mail.subject })}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
    </>
  );
}
