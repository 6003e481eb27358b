import type { Metadata, Route } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { AuditTable } from "@/components/organiser/audit-table";
import { loadAuditPage } from "@/lib/audit-log/loaders";
import { zoneLabel } from "@/lib/format/time";
import { viewerZone } from "@/lib/http/viewer-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("heading"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export default async function AuditPage({ searchParams }: Props) {
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const [{ entries, total, pages }, { zone }] = await Promise.all([loadAuditPage(page), viewerZone()]);
  const t = await getTranslations("audit");
  const pageLink = (n: number) => `/organiser/audit${n > 1 ? `?page=${n}` : ""}` as Route;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("heading")}</h1>
        <p>{t("intro", { zone: zoneLabel(zone, new Date()) })}</p>
      </div>
      {entries.length ? <AuditTable entries={entries} zone={zone} /> : <p className="empty-state">{page > 1 ? t("emptyPage") : t("empty")}</p>}
      <nav className="pagination" aria-label={t("pages")}>
        {page > 1 ? <Link href={pageLink(Math.min(page - 1, pages))}>{t("newer")}</Link> : <span />}
        <span>{t("pageOf", { page, pages, total })}</span>
        {page < pages ? <Link href={pageLink(page + 1)}>{t("older")}</Link> : <span />}
      </nav>
    </div>
  );
}
