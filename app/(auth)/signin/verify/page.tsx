import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/auth/links";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ email?: string; token?: string; next?: string }> };

// The emailed link lands here; signing in takes a press of the button, so a mail
// scanner that fetches the link does not use up the one-time token.
export default async function VerifySignInPage({ searchParams }: Props) {
  const { email = "", token = "", next } = await searchParams;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Sign in to Candle</h1>
        <p>
          Signing in as <strong>{email}</strong>.
        </p>
      </div>
      <form method="get" action="/api/auth/callback/email" className="form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="callbackUrl" value={`${config.publicUrl}${safeCallbackPath(next)}`} />
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </div>
  );
}
