import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DaytimeWindowForm } from "@/components/daytime-window-form";
import { ZonePicker } from "@/components/zone-picker";
import { zoneLabel } from "@/lib/format/time";
import { viewerWindow } from "@/lib/http/viewer-window";
import { viewerZone } from "@/lib/http/viewer-zone";
import { pickLocale } from "@/lib/i18n/languages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localisedPath } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ return?: string; tz?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: pickLocale((await params).locale), namespace: "timeZone" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Its own small page, so the long list of zones is not in every cached mentor page.
export default async function TimeZonePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "timeZone" });
  const query = await searchParams;
  const [{ zone }, { window }] = await Promise.all([viewerZone(query.tz), viewerWindow()]);
  // A page without its language: the routes the forms go to add theirs.
  const returnTo = query.return ?? "/mentors";
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro", { zone: zoneLabel(zone, new Date()) })}</p>
      </div>
      <ZonePicker action={localisedPath(locale, "/time-zone/set")} zone={zone} returnTo={returnTo} />
      <h2>{t("windowTitle")}</h2>
      <DaytimeWindowForm window={window} returnTo={returnTo} />
    </div>
  );
}
