import type { ReactNode } from "react";
import { AccountNav } from "@/components/account-nav";
import { requireOrganiser } from "@/lib/auth/session";

const links = [
  { href: "/organiser/volunteers", text: "Volunteers" },
  { href: "/organiser/topics", text: "Topics" },
  { href: "/organiser/stats", text: "Stats" },
  { href: "/organiser/audit", text: "Audit log" },
];

export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  const organiser = await requireOrganiser();
  return (
    <>
      <AccountNav label="Organiser" links={links} email={organiser.email} />
      {children}
    </>
  );
}
