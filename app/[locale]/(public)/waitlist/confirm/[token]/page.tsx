import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { formatShortDateTime, zoneLabel } from "@/lib/format/time";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { confirmWaitlistAction } from "@/lib/waitlist/actions";
import { loadWaitlistEntry } from "@/lib/waitlist/loaders";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "waitlist.confirm" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Opening the emailed link only shows this page; joining takes a press of the
// button (a POST), so a mail scanner following the link confirms nothing.
export default async function WaitlistConfirmPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("waitlist.confirm");
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const entry = await loadWaitlistEntry("confirm", token);
  if (!entry) notFound();
  const now = new Date();
  const open = entry.expiresAt > now;
  const waitingFor = entry.mentor ? entry.mentor.displayName : t("anyMentor");
  const back = entry.mentor ? `/mentors/${entry.mentor.slug}` : "/mentors";

  return (
    <div className="container narrow">
      <div className="page-intro">
        {entry.confirmedAt && open ? (
          <>
            <h1>{t("onTitle")}</h1>
            <p role={done === "confirmed" || done === "already" ? "status" : undefined}>
              {t("onBody", {
                waitingFor,
                until: formatShortDateTime(entry.expiresAt, entry.timeZone, locale),
                zone: zoneLabel(entry.timeZone, entry.expiresAt),
              })}
            </p>
          </>
        ) : open ? (
          <>
            <h1>{t("joinTitle")}</h1>
            <p>{t("joinBody", { waitingFor })}</p>
            {done === "busy" ? (
              <p className="form-alert" role="alert">
                {t("busy")}
              </p>
            ) : null}
            <form action={confirmWaitlistAction} className="form">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button">
                {t("join")}
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>{t("endedTitle")}</h1>
            <p>{t("endedBody")}</p>
          </>
        )}
        <p>
          <Link href={back}>{entry.mentor ? t("backToMentor", { mentor: entry.mentor.displayName }) : t("back")}</Link>
        </p>
      </div>
    </div>
  );
}
