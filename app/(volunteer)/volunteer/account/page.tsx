import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadVolunteerShell } from "@/lib/auth/loaders";
import { deleteOwnAccountAction } from "@/lib/volunteers/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteerAccount");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ done?: string }> };

export default async function VolunteerAccountPage({ searchParams }: Props) {
  const [volunteer, { done }, t] = await Promise.all([loadVolunteerShell("/volunteer/account"), searchParams, getTranslations("volunteerAccount")]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t.rich("signedInAs", { email: volunteer.email, link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>
      </div>
      <section className="section" aria-labelledby="download-title">
        <h2 id="download-title">{t("downloadTitle")}</h2>
        <p>
          <a href="/volunteer/account/export.json" download>
            {t("download")}
          </a>
        </p>
      </section>
      <section className="section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("deleteTitle")}</h2>
        <p>{t("deleteIntro")}</p>
        {done === "confirm" ? (
          <p className="form-alert" role="alert">
            {t("confirmMissing")}
          </p>
        ) : null}
        <form action={deleteOwnAccountAction} className="form">
          <div className="field">
            <label>
              <input type="checkbox" name="confirm" value="yes" required /> {t("confirm")}
            </label>
          </div>
          <button type="submit" className="button button--danger">
            {t("delete")}
          </button>
        </form>
      </section>
    </div>
  );
}
