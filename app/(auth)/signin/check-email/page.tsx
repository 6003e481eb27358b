import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn.checkEmail");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn.checkEmail");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("body", { minutes: SIGN_IN_LINK_MINUTES })}</p>
      </div>
    </div>
  );
}
