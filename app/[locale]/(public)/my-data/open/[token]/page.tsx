import type { Metadata } from "next";
import Link from "next/link";
import { openMyDataAction } from "@/lib/my-data/actions";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "My data", robots: { index: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

const problems: Record<string, string> = {
  expired: "This link has been used or has expired. Please ask for a new one.",
  busy: "Too many attempts from here for now. Please try again in a little while.",
};

// Opening the emailed link only shows this page; the button (a POST) spends the
// link, so a mail scanner following it uses nothing up.
export default async function OpenMyDataPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const problem = done ? problems[done] : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your data</h1>
        {problem ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
        {done === "expired" ? (
          <p>
            <Link href="/my-data">Ask for a new link</Link>
          </p>
        ) : (
          <form action={openMyDataAction} className="form">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button">
              Show my data
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
