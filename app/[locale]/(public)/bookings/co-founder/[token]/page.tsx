import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { leaveSession } from "@/lib/co-founders/actions";
import { loadCoFounderSession } from "@/lib/co-founders/loaders";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "coFounderPage" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A co-founder's link lands here; opening it changes nothing (mail scanners open links), the button does. */
export default async function CoFounderPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("coFounderPage");
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const found = await loadCoFounderSession(token);
  if (!found) notFound();
  const { booking } = found;
  const zone = booking.founderTimeZone;
  const founder = booking.founderName;
  const active = (booking.status === "confirmed" || booking.status === "pending" || booking.status === "requested") && booking.startsAt > new Date();
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title", { mentor: booking.mentor.displayName })}</h1>
        <p style={{ overflowWrap: "anywhere" }}>
          {t.rich("addedYou", {
            founder,
            email: found.email,
            when: formatRange(booking.startsAt, booking.endsAt, zone, locale),
            zone: zoneLabel(zone, booking.startsAt),
            time: (chunks) => <time dateTime={booking.startsAt.toISOString()}>{chunks}</time>,
            hint: (chunks) => <span className="hint">{chunks}</span>,
          })}
        </p>
        {done === "busy" ? (
          <p className="form-alert" role="status">
            {t("busy")}
          </p>
        ) : null}
      </div>
      {active ? (
        <section className="section" aria-labelledby="leave-title">
          <h2 id="leave-title">{t("leaveTitle")}</h2>
          <p>{t("leaveBody", { founder })}</p>
          <form action={leaveSession}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button button--danger">
              {t("leaveButton")}
            </button>
          </form>
        </section>
      ) : (
        <p>{t("over")}</p>
      )}
    </div>
  );
}
