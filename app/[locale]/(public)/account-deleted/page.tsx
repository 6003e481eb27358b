import type { Metadata } from "next";
import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

export default async function AccountDeletedPage({ params }: Props) {
  await pageLocale(params);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your account is deleted</h1>
        <p role="status">
          Thank you for volunteering. Your sessions still to come are cancelled and their founders told; your name, address and profile are gone.
        </p>
        <p>
          <Link href="/">Back to Candle</Link>
        </p>
      </div>
    </div>
  );
}
