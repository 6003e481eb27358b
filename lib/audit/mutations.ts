import "server-only";
import { db, type DbExecutor } from "../db/client";
import type { AuditActor } from "./actor";

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
