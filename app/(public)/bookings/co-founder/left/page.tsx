import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "You are off the session", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string }> };

export default async function LeftSessionPage({ searchParams }: Props) {
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
