import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Your data is erased", robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

export default async function MyDataErasedPage({ params }: Props) {
  await pageLocale(params);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your data is erased</h1>
        <p role="status">
          We no longer hold your name, email address or what you wrote. Any session still to come is cancelled and its volunteer told. The programme keeps only
          counts: that a session took place, when, and on which topics.
        </p>
        <p>
          <Link href="/mentors">Back to the mentors</Link>
        </p>
      </div>
    </div>
  );
}
