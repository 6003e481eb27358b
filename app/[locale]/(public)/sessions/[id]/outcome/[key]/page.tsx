import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { markOutcomeFromEmail } from "@/lib/feedback/actions";
import { loadOutcomeSession } from "@/lib/feedback/loaders";
import { formatRange, zoneLabel } from "@/lib/format/time";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; id: string; key: string }>; searchParams: Promise<{ mark?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, key } = await params;
  const session = await loadOutcomeSession(id, key);
  const t = await getTranslations({ locale: session?.locale ?? (await pageLocale(params)), namespace: "sessionOutcome" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const NOTICES = ["held", "no_show", "unchanged", "choose", "busy"] as const;
const isNotice = (done: string | undefined): done is (typeof NOTICES)[number] => NOTICES.includes(done as never);

/**
 * The volunteer's emailed "did it take place?" link lands here. Opening it
 * records nothing (mail scanners open links); the buttons do. It speaks the
 * volunteer's own language (their profile's), whatever the address says.
 */
export default async function SessionOutcomePage({ params, searchParams }: Props) {
  const pathLocale = await pageLocale(params);
  const [{ id, key }, query] = await Promise.all([params, searchParams]);
  const session = await loadOutcomeSession(id, key);
  if (!session) notFound();
  const locale = session.locale;
  const t = await getTranslations({ locale, namespace: "sessionOutcome" });
  const zone = session.mentor.timeZone;
  const open = session.status === "confirmed" && session.endsAt <= new Date();
  const notice = isNotice(query.done) ? t(`notices.${query.done}`) : undefined;
  const suggested = query.mark === "no_show" ? "no_show" : "held";
  const answer = (mark: "held" | "no_show", label: string) => (
    <form action={markOutcomeFromEmail}>
      <input type="hidden" name="bookingId" value={session.id} />
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="mark" value={mark} />
      <button type="submit" className={mark === suggested ? "button" : "button button--quiet"}>
        {label}
      </button>
    </form>
  );

  return (
    <div className="container narrow" lang={locale === pathLocale ? undefined : locale}>
      <div className="page-intro">
        <h1>{t("title", { founder: session.founderName })}</h1>
        <p>
          <time dateTime={session.startsAt.toISOString()}>{formatRange(session.startsAt, session.endsAt, zone, locale)}</time>{" "}
          <span className="hint">({zoneLabel(zone, session.startsAt)})</span>
        </p>
        {notice ? (
          <p className="form-alert" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {open ? (
        <section className="section" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t("question")}</h2>
          <div className="actions">
            {answer("held", t("yes"))}
            {answer("no_show", t("no", { founder: session.founderName }))}
          </div>
        </section>
      ) : (
        <p>
          {t("status", { status: session.status })}{" "}
          {t.rich("change", {
            // The volunteer's own pages have no language in their address.
            link: (chunks) => <Link href="/volunteer/sessions">{chunks}</Link>,
          })}
        </p>
      )}
    </div>
  );
}
