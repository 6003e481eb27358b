import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "You are off the session", robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export default async function LeftSessionPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { done } = await searchParams;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{done === "removed" ? "You are off the session" : "Nothing to do"}</h1>
        <p role="status">
          {done === "removed"
            ? "We have sent your calendar a cancellation. You will get no more mail about this session."
            : "This link has already been used, or the session is no longer there."}
        </p>
        <p>
          Starting a co-op yourself? <Link href="/mentors">Meet our volunteer mentors</Link>.
        </p>
      </div>
    </div>
  );
}
