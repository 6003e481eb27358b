import type { Metadata, Route } from "next";
import Link from "next/link";
import { z } from "zod";
import { AuditTable } from "@/components/organiser/audit-table";
import { loadAuditPage } from "@/lib/audit-log/loaders";
import { zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export default async function AuditPage({ searchParams }: Props) {
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const [{ entries, total, pages }, { zone }] = await Promise.all([loadAuditPage(page), viewerZone()]);
  const pageLink = (n: number) => `/organiser/audit${n > 1 ? `?page=${n}` : ""}` as Route;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Audit log</h1>
        <p>
          Every change organisers make, every download, and what founders and volunteers do with their bookings, newest first. Times in{" "}
          {zoneLabel(zone, new Date())}.
        </p>
      </div>
      {entries.length ? (
        <AuditTable entries={entries} zone={zone} />
      ) : (
        <p className="empty-state">{page > 1 ? "There is nothing on this page." : "Nothing has been logged yet."}</p>
      )}
      <nav className="pagination" aria-label="Pages">
        {page > 1 ? <Link href={pageLink(Math.min(page - 1, pages))}>Newer entries</Link> : <span />}
        <span>
          Page {page} of {pages} ({total} {total === 1 ? "entry" : "entries"})
        </span>
        {page < pages ? <Link href={pageLink(page + 1)}>Older entries</Link> : <span />}
      </nav>
    </div>
  );
}
