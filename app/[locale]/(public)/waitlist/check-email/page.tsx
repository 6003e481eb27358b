import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { WAIT_MS } from "@/lib/waitlist/schema";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "waitlist.checkEmail" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Every sign-up ends here, whether the address was new to the list, already on
// it, or turned away as a bot: the page says nothing about who is waiting.
export default async function WaitlistCheckEmailPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("waitlist.checkEmail");
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("sent")}</p>
        <p>{t("then", { days: Math.round(WAIT_MS / 86_400_000) })}</p>
        <p>
          <Link href="/mentors">{t("back")}</Link>
        </p>
      </div>
    </div>
  );
}
