import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { unsubscribeWaitlistAction } from "@/lib/waitlist/actions";
import { loadWaitlistEntry } from "@/lib/waitlist/loaders";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "waitlist.unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// The link in every waitlist email opens this page; leaving takes a press of
// the button (a POST), so a mail scanner following the link changes nothing.
export default async function WaitlistUnsubscribePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = await getTranslations("waitlist.unsubscribe");
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const entry = await loadWaitlistEntry("unsubscribe", token);

  return (
    <div className="container narrow">
      <div className="page-intro">
        {entry ? (
          <>
            <h1>{t("title")}</h1>
            <p style={{ overflowWrap: "anywhere" }}>{t("body", { email: entry.email })}</p>
            {done === "busy" ? (
              <p className="form-alert" role="alert">
                {t("busy")}
              </p>
            ) : null}
            <form action={unsubscribeWaitlistAction} className="form">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button">
                {t("leave")}
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>{t("doneTitle")}</h1>
            <p role={done === "removed" ? "status" : undefined}>{t("doneBody")}</p>
          </>
        )}
        <p>
          <Link href="/mentors">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}
