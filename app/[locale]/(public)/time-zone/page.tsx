import type { Metadata } from "next";
import { DaytimeWindowForm } from "@/components/daytime-window-form";
import { ZonePicker } from "@/components/zone-picker";
import { zoneLabel } from "@/lib/format/time";
import { viewerWindow } from "@/lib/http/viewer-window";
import { viewerZone } from "@/lib/http/viewer-zone";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Choose your time zone", robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ return?: string; tz?: string }> };

// Its own small page, so the long list of zones is not in every cached mentor page.
export default async function TimeZonePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const query = await searchParams;
  const [{ zone }, { window }] = await Promise.all([viewerZone(query.tz), viewerWindow()]);
  const returnTo = query.return ?? "/mentors";
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Choose your time zone</h1>
        <p>Times are now shown in {zoneLabel(zone, new Date())}. Pick the zone you will join the call from.</p>
      </div>
      <ZonePicker action="/time-zone/set" zone={zone} returnTo={returnTo} />
      <h2>Times that suit you</h2>
      <DaytimeWindowForm window={window} returnTo={returnTo} />
    </div>
  );
}
