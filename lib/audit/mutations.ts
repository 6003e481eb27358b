import "server-only";
import { db, type DbExecutor } from "../db/client";
import { founderLabel, type AuditActor } from "./actor";

export interface AuditEntry {
  /** Dotted verb, e.g. "volunteer.paused"; see wording.ts for how it reads. */
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/** Pass the transaction that makes the change, so the row and the change are written together. */
export async function recordAudit(actor: AuditActor, entry: AuditEntry, executor: DbExecutor = db): Promise<void> {
  await executor.auditLog.create({
    data: {
      actorId: actor.id ?? null,
      actorLabel: actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}

/** A cancellation's audit row carries the reason typed with it: erased with the founder's data, the rest of the row stays. */
export async function dropBookingAuditReasons(bookingIds: readonly string[], executor: DbExecutor = db): Promise<void> {
  const rows = await executor.auditLog.findMany({
    where: { targetType: "booking", targetId: { in: [...bookingIds] }, details: { contains: '"reason"' } },
    select: { id: true, details: true },
  });
  for (const row of rows) {
    const details = JSON.parse(row.details!) as Record<string, unknown>;
    delete details.reason;
    await executor.auditLog.updateMany({ where: { id: row.id, details: row.details }, data: { details: JSON.stringify(details) } });
  }
}

/**
 * Rewrites up to `batch` rows written when founders were named by address, each
 * only if no other instance rewrote it first; returns how many it rewrote.
 */
export async function pseudonymiseFounderLabels(batch: number): Promise<number> {
  const rows = await db.auditLog.findMany({
    where: { actorLabel: { startsWith: "founder ", contains: "@" } },
    select: { id: true, actorLabel: true },
    take: batch,
  });
  let count = 0;
  for (const row of rows) {
    const address = /^founder (\S+@\S+)$/.exec(row.actorLabel)?.[1];
    if (!address) continue;
    const rewritten = await db.auditLog.updateMany({ where: { id: row.id, actorLabel: row.actorLabel }, data: { actorLabel: founderLabel(address) } });
    count += rewritten.count;
  }
  return count;
}

/** A deleted account's rows: every label that named the person (by id or, before they signed in, by address) now names a pseudonym. */
export async function relabelActor(executor: DbExecutor, actorId: string, oldLabels: string[], label: string): Promise<void> {
  await executor.auditLog.updateMany({ where: { OR: [{ actorId }, { actorLabel: { in: oldLabels } }] }, data: { actorLabel: label } });
}

/** Rows that named a volunteer's page by its slug (applications are logged so) name it by the profile's id instead. */
export async function retargetMentor(executor: DbExecutor, slug: string, mentorId: string): Promise<void> {
  if (slug === mentorId) return;
  await executor.auditLog.updateMany({ where: { targetType: "mentor", targetId: slug }, data: { targetId: mentorId } });
}
