import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadVolunteerShell } from "@/lib/auth/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteer.home");
  return { title: t("title"), robots: { index: false } };
}

const STATUSES = ["pending", "approved", "paused", "declined", "retired"] as const;
const isStatus = (status: string): status is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(status);

export default async function VolunteerHomePage() {
  const [volunteer, t] = await Promise.all([loadVolunteerShell(), getTranslations("volunteer.home")]);
  const { mentor } = volunteer;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("hello", { name: mentor.displayName.split(" ")[0]! })}</h1>
        <p>{isStatus(mentor.status) ? t(`status.${mentor.status}`) : null}</p>
      </div>
      <ul className="link-list">
        <li>
          <Link href="/volunteer/profile">{t("editProfile")}</Link>
        </li>
        <li>
          <Link href="/volunteer/availability">{t("setHours")}</Link>
        </li>
        <li>
          <Link href="/volunteer/sessions">{t("seeSessions")}</Link>
        </li>
        {mentor.status === "approved" ? (
          <li>
            <Link href={`/mentors/${mentor.slug}`}>{t("seePublicPage")}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
