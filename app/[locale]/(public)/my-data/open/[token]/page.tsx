import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { openMyDataAction } from "@/lib/my-data/actions";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "myData" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const PROBLEMS = ["expired", "busy"] as const;
const isProblem = (done: string | undefined): done is (typeof PROBLEMS)[number] => PROBLEMS.includes(done as never);

// Opening the emailed link only shows this page; the button (a POST) spends the
// link, so a mail scanner following it uses nothing up.
export default async function OpenMyDataPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = await getTranslations("myData");
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const problem = isProblem(done) ? t(`open.problems.${done}`) : undefined;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("view.title")}</h1>
        {problem ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
        {done === "expired" ? (
          <p>
            <Link href="/my-data">{t("view.askAgain")}</Link>
          </p>
        ) : (
          <form action={openMyDataAction} className="form">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button">
              {t("open.show")}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
