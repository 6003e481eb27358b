import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pickLocale } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ held?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pickLocale((await params).locale), namespace: "bookingRequested" });
  return { title: t("title"), robots: { index: false } };
}

export default async function BookingRequestedPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [held, t] = await Promise.all([searchParams.then((query) => query.held !== "0"), getTranslations("bookingRequested")]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{held ? t("held") : t("notHeld")}</p>
        <p>{t("spam")}</p>
        <p>
          <Link href="/mentors">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}
