import type { Metadata, Route } from "next";
import Link from "next/link";
import { loadPendingCount } from "@/lib/volunteers/loaders";

export const metadata: Metadata = { title: "Organiser", robots: { index: false } };

export default async function OrganiserHomePage() {
  const pending = await loadPendingCount();
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Running Candle</h1>
        <p>{pending === 0 ? "No applications are waiting." : `${pending} ${pending === 1 ? "application is" : "applications are"} waiting for you.`}</p>
      </div>
      <ul className="link-list">
        <li>
          <Link href={"/organiser/volunteers" as Route}>Approve, pause or invite volunteers</Link>
        </li>
        <li>
          <Link href={"/organiser/topics" as Route}>Edit the list of topics</Link>
        </li>
        <li>
          <Link href={"/organiser/stats" as Route}>See how the programme is doing</Link>
        </li>
        <li>
          <Link href={"/organiser/audit" as Route}>Read the audit log</Link>
        </li>
      </ul>
    </div>
  );
}
