import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking-summary";
import { OtherTimesForm } from "@/components/other-times-form";
import { confirmBookingAction } from "@/lib/bookings/actions";
import { loadFounderBooking, loadOtherTimes } from "@/lib/bookings/loaders";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "confirmBooking" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const PROBLEMS = ["taken", "unavailable", "choose", "busy"] as const;
const isProblem = (done: string | undefined): done is (typeof PROBLEMS)[number] => PROBLEMS.includes(done as never);

// Opening the emailed link only shows this page; confirming takes a press of the
// button (a POST), so mail scanners that follow links confirm nothing.
export default async function ConfirmPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = await getTranslations("confirmBooking");
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const booking = await loadFounderBooking("confirm", token);
  if (!booking) notFound();
  const now = new Date();
  const waiting = booking.status === "pending" || booking.status === "requested";
  const expired = booking.status === "expired" || (waiting && booking.expiresAt !== null && booking.expiresAt <= now);
  const open = waiting && !expired;
  const problem = isProblem(done) ? t(`problems.${done}`) : undefined;
  const mentor = booking.mentor.displayName;
  const lostTime = open && booking.status === "requested" && (done === "taken" || done === "unavailable");
  const others = lostTime ? await loadOtherTimes(booking.mentor.slug, now) : [];

  return (
    <div className="container narrow">
      <div className="page-intro">
        {booking.status === "confirmed" ? (
          <>
            <h1>{t("confirmedTitle")}</h1>
            <p role={done === "confirmed" ? "status" : undefined}>{t("confirmedBody", { mentor })}</p>
          </>
        ) : expired ? (
          <>
            <h1>{t("expiredTitle")}</h1>
            <p>{t("expiredBody")}</p>
            <p>
              <Link className="button" href={`/mentors/${booking.mentor.slug}`}>
                {t("chooseAgain")}
              </Link>
            </p>
          </>
        ) : open ? (
          <>
            <h1>{t("openTitle")}</h1>
            {booking.status === "requested" && !lostTime ? <p>{t("notHeld")}</p> : null}
          </>
        ) : (
          <>
            <h1>{t("cancelledTitle")}</h1>
            <p>
              <Link href="/mentors">{t("findMentor")}</Link>
            </p>
          </>
        )}
        {problem && open ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {lostTime ? null : <BookingSummary booking={booking} />}
      {open && !lostTime ? (
        <form action={confirmBookingAction} className="form">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {t("confirm")}
          </button>
        </form>
      ) : null}
      {lostTime ? (
        others.length ? (
          <OtherTimesForm
            action={confirmBookingAction}
            token={token}
            slots={others}
            zone={booking.founderTimeZone}
            legend={t("freeTimes", { mentor })}
            submitLabel={t("confirmThisTime")}
          />
        ) : (
          <p>
            {t.rich("noOtherTimes", {
              mentor,
              link: (chunks) => <Link href="/mentors">{chunks}</Link>,
            })}
          </p>
        )
      ) : null}
    </div>
  );
}
