import type { Metadata } from "next";
import Link from "next/link";
import { EraseDataForm } from "@/components/my-data/erase-data-form";
import { FounderDataSummary } from "@/components/my-data/founder-data-summary";
import { eraseMyDataAction } from "@/lib/my-data/actions";
import { loadMyData } from "@/lib/my-data/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "My data", robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export default async function MyDataViewPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ done }, data] = await Promise.all([searchParams, loadMyData()]);
  if (!data) {
    return (
      <div className="container narrow">
        <div className="page-intro">
          <h1>Your data</h1>
          <p>This page has expired. For your safety it stays open only a short while.</p>
          <p>
            <Link href="/my-data">Ask for a new link</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your data</h1>
        <p>Everything Candle holds about {data.email}.</p>
        <p>
          <a href="/my-data/export" download>
            Download it all (JSON)
          </a>
        </p>
      </div>
      <FounderDataSummary data={data} />
      <section className="section" aria-labelledby="erase-title">
        <h2 id="erase-title">Erase my data</h2>
        <EraseDataForm action={eraseMyDataAction} needsConfirm={done === "confirm"} />
      </section>
    </div>
  );
}
