import "server-only";
import { cache } from "react";
import { findAuditTargetNames, listAuditEntries } from "./data";
import { describeTarget, detailPairs, knownAuditAction } from "./wording";
import { requireOrganiser } from "../auth/session";

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, ready for the page to word in the reader's language. */
export const loadAuditPage = cache(async (page: number) => {
  await requireOrganiser("/organiser/audit");
  const { rows, total } = await listAuditEntries(page, AUDIT_PAGE_SIZE);
  const names = await findAuditTargetNames(rows);
  const entries = rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    who: row.actorEmail ?? row.actorLabel,
    action: row.action,
    what: knownAuditAction(row.action),
    target: describeTarget(row.targetType, row.targetId, names),
    details: detailPairs(row.details),
  }));
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
});

export type AuditEntryView = Awaited<ReturnType<typeof loadAuditPage>>["entries"][number];
