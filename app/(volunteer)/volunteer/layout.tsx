import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AccountMessages } from "@/components/account-messages";
import { AccountNav } from "@/components/account-nav";
import { loadVolunteerShell } from "@/lib/auth/loaders";

const links = [
  { href: "/volunteer", key: "overview" },
  { href: "/volunteer/profile", key: "profile" },
  { href: "/volunteer/availability", key: "availability" },
  { href: "/volunteer/calendars", key: "calendars" },
  { href: "/volunteer/sessions", key: "sessions" },
  { href: "/volunteer/account", key: "account" },
] as const;

export default async function VolunteerLayout({ children }: { children: ReactNode }) {
  const [volunteer, t] = await Promise.all([loadVolunteerShell(), getTranslations("volunteer")]);
  return (
    <>
      <AccountNav
        label={t("navLabel")}
        links={links.map(({ href, key }) => ({ href, text: t(`nav.${key}`) }))}
        email={volunteer.email}
        signOutText={t("signOut")}
      />
      <AccountMessages namespaces={["profile", "availability", "calendars", "sessions"]}>{children}</AccountMessages>
    </>
  );
}
