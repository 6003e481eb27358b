import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn.ended");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function VolunteeringEndedPage() {
  const t = await getTranslations("signIn.ended");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <p>
          <Link href="/">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}
