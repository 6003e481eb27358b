import type { ReactNode } from "react";
import { AccountNav } from "@/components/account-nav";
import { loadOrganiserShell } from "@/lib/auth/loaders";

const links = [
  { href: "/organiser/volunteers", text: "Volunteers" },
  { href: "/organiser/topics", text: "Topics" },
  { href: "/organiser/stats", text: "Stats" },
  { href: "/organiser/audit", text: "Audit log" },
];

export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  const organiser = await loadOrganiserShell();
  return (
    <>
      <AccountNav label="Organiser" links={links} email={organiser.email} />
      {children}
    </>
  );
}
