import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { MyDataForm } from "@/components/my-data/my-data-form";
import { requestMyDataLinkAction } from "@/lib/my-data/actions";
import { myDataFormToken } from "@/lib/my-data/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "My data" };

// The form token is made per request: one made at build time would be as old as the build.
type Props = { params: Promise<{ locale: string }> };

export default async function MyDataPage({ params }: Props) {
  await pageLocale(params);
  await connection();
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>My data</h1>
        <p>
          See everything Candle holds about your email address, download it, or erase it. You have no account with us, so we email a link to the address to
          check it is yours. If you still have the email about a session, its &ldquo;manage&rdquo; link works too.
        </p>
        <p>
          <Link href="/privacy">What we keep and for how long</Link>
        </p>
      </div>
      <MyDataForm action={requestMyDataLinkAction} formToken={myDataFormToken()} />
    </div>
  );
}
