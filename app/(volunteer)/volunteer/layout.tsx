import type { ReactNode } from "react";
import { AccountNav } from "@/components/account-nav";
import { loadVolunteerShell } from "@/lib/auth/loaders";

const links = [
  { href: "/volunteer", text: "Overview" },
  { href: "/volunteer/profile", text: "Profile" },
  { href: "/volunteer/availability", text: "Availability" },
  { href: "/volunteer/calendars", text: "Calendars" },
  { href: "/volunteer/sessions", text: "Sessions" },
  { href: "/volunteer/account", text: "Account" },
];

export default async function VolunteerLayout({ children }: { children: ReactNode }) {
  const volunteer = await loadVolunteerShell();
  return (
    <>
      <AccountNav label="Volunteer" links={links} email={volunteer.email} />
      {children}
    </>
  );
}
