import type { Metadata } from "next";
import Link from "next/link";
import { loadVolunteerShell } from "@/lib/auth/loaders";

export const metadata: Metadata = { title: "Your volunteering", robots: { index: false } };

const statusText: Record<string, string> = {
  pending: "Your application is waiting for an organiser. Meanwhile, finish your profile and set your hours.",
  approved: "You are listed in the directory and founders can book your free times.",
  paused: "An organiser has paused your listing. Founders cannot book you for now.",
  declined: "Your application was not accepted this time.",
  retired: "You have stepped back from volunteering. Thank you for everything you gave.",
};

export default async function VolunteerHomePage() {
  const volunteer = await loadVolunteerShell();
  const { mentor } = volunteer;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Hello, {mentor.displayName.split(" ")[0]}</h1>
        <p>{statusText[mentor.status]}</p>
      </div>
      <ul className="link-list">
        <li>
          <Link href="/volunteer/profile">Edit your profile</Link>
        </li>
        <li>
          <Link href="/volunteer/availability">Set the hours you offer</Link>
        </li>
        <li>
          <Link href="/volunteer/sessions">See your sessions</Link>
        </li>
        {mentor.status === "approved" ? (
          <li>
            <Link href={`/mentors/${mentor.slug}`}>See your public page</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
