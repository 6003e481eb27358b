import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/account-nav";
import { loadOrganiserShell } from "@/lib/auth/loaders";

export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  const organiser = await loadOrganiserShell();
  const t = await getTranslations("organiser.nav");
  const links = [
    { href: "/organiser/volunteers", text: t("volunteers") },
    { href: "/organiser/topics", text: t("topics") },
    { href: "/organiser/stats", text: t("stats") },
    { href: "/organiser/audit", text: t("audit") },
  ];
  return (
    <>
      <AccountNav label={t("label")} links={links} email={organiser.email} />
      {children}
    </>
  );
}
