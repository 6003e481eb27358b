import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/links";
import { config } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ email?: string; token?: string; next?: string }> };

// The emailed link lands here; signing in takes a press of the button, so a mail
// scanner that fetches the link does not use up the one-time token.
export default async function VerifySignInPage({ searchParams }: Props) {
  const [{ email = "", token = "", next }, t] = await Promise.all([searchParams, getTranslations("signIn.verify")]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t.rich("signingInAs", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
      <form method="get" action="/api/auth/callback/email" className="form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="callbackUrl" value={`${config.publicUrl}${safeCallbackPath(next)}`} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
