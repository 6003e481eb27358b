import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { EraseDataForm } from "@/components/my-data/erase-data-form";
import { OtherTimesForm } from "@/components/other-times-form";
import { cancelBookingAction, moveBookingAction } from "@/lib/bookings/actions";
import { loadFounderBooking, loadOtherTimes } from "@/lib/bookings/loaders";
import { MAX_MOVES } from "@/lib/bookings/status";
import { eraseFromManageLinkAction } from "@/lib/my-data/actions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localisedPath } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string; cant?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "manageBooking" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const REASON_MAX = 500;
const OUTCOMES = [
  "cancelled",
  "moved",
  "taken",
  "unavailable",
  "choose",
  "not-active",
  "started",
  "too-many-moves",
  "busy",
  "invalid",
  "not-found",
  "confirm-erase",
] as const;
const isOutcome = (done: string | undefined): done is (typeof OUTCOMES)[number] => OUTCOMES.includes(done as never);

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("manageBooking");
  const [{ token }, { done, cant }] = await Promise.all([params, searchParams]);
  const booking = await loadFounderBooking("manage", token);
  if (!booking) notFound();
  const now = new Date();
  const changeable = (booking.status === "pending" || booking.status === "requested" || booking.status === "confirmed") && booking.startsAt > now;
  const others = changeable ? await loadOtherTimes(booking.mentor.slug, now) : [];
  const zone = booking.founderTimeZone;
  const outcome = isOutcome(done) ? t(`outcomes.${done}`, { count: MAX_MOVES, maximum: REASON_MAX }) : undefined;
  const mentor = booking.mentor.displayName;

  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title", { mentor })}</h1>
        {outcome ? (
          <p className="form-alert" role="status">
            {outcome}
          </p>
        ) : null}
        {booking.status.startsWith("cancelled") ? <p>{t("wasCancelled")}</p> : null}
        {(booking.status === "confirmed" || booking.status === "held") && booking.endsAt <= now ? (
          <p>
            <Link href={`/bookings/manage/${token}/feedback`}>{t("feedbackLink")}</Link>
          </p>
        ) : null}
      </div>
      {changeable && cant !== undefined ? (
        <section id="cant-make-it" className="section" aria-labelledby="cant-title">
          <h2 id="cant-title">{t("cantTitle")}</h2>
          <p>{t("cantBody", { mentor })}</p>
          <form action={cancelBookingAction} className="form">
            <input type="hidden" name="token" value={token} />
            <div>
              <button type="submit" className="button button--danger">
                {t("cantButton")}
              </button>
            </div>
          </form>
        </section>
      ) : null}
      <BookingSummary booking={booking} />

      {changeable ? (
        <>
          <section className="section" aria-labelledby="move-title">
            <h2 id="move-title">{t("moveTitle")}</h2>
            {others.length ? (
              <OtherTimesForm
                action={moveBookingAction}
                token={token}
                slots={others}
                zone={zone}
                legend={t("freeTimes", { mentor })}
                submitLabel={t("moveButton")}
                quiet
              />
            ) : (
              <p>{t("noOtherTimes", { mentor })}</p>
            )}
          </section>

          <section className="section" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{t("cancelTitle")}</h2>
            <form action={cancelBookingAction} className="form">
              <input type="hidden" name="token" value={token} />
              <div className="field">
                <label htmlFor="reason">{t("reasonLabel")}</label>
                <textarea id="reason" name="reason" rows={3} maxLength={REASON_MAX} />
              </div>
              <button type="submit" className="button button--danger">
                {t("cancelButton")}
              </button>
            </form>
          </section>
        </>
      ) : (
        <section className="section" aria-labelledby="again-title">
          <h2 id="again-title">{t("againTitle")}</h2>
          <ul className="link-list">
            {booking.mentor.status === "approved" ? (
              <li>
                <Link href={`/mentors/${booking.mentor.slug}`}>{t("againSame", { mentor })}</Link>
              </li>
            ) : null}
            <li>
              <Link href="/mentors">{t("againOther")}</Link>
            </li>
          </ul>
        </section>
      )}
      <section id="your-data" className="section" aria-labelledby="data-title">
        <h2 id="data-title">{t("dataTitle")}</h2>
        <p>
          <a href={localisedPath(locale, `/bookings/manage/${token}/my-data`)} download>
            {t("download")}
          </a>{" "}
          · <Link href="/privacy">{t("privacyLink")}</Link>
        </p>
        <EraseDataForm action={eraseFromManageLinkAction} token={token} locale={locale} />
      </section>
    </div>
  );
}
