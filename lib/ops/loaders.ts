import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { config } from "../config";
import { countAppliedMigrations, outboxBacklog } from "./data";

/** The migrations this build ships for its database. */
function shippedMigrations(): number {
  const folder = path.resolve(process.cwd(), "prisma", config.database.provider, "migrations");
  return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
}

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: { applied: number; shipped: number } | null;
  outbox: { due: number; oldestDueSeconds: number | null } | null;
}

/**
 * What a load balancer asks before sending traffic: the database answers and
 * has every migration this build expects. The outbox backlog is reported for
 * monitoring; a backlog alone does not make an instance unready.
 */
export async function loadReadiness(now = new Date()): Promise<Readiness> {
  try {
    const [applied, backlog] = await Promise.all([countAppliedMigrations(), outboxBacklog(now)]);
    const shipped = shippedMigrations();
    return {
      ready: applied >= shipped,
      database: "reachable",
      migrations: { applied, shipped },
      outbox: { due: backlog.due, oldestDueSeconds: backlog.oldestDueAt ? Math.round((now.getTime() - backlog.oldestDueAt.getTime()) / 1000) : null },
    };
  } catch {
    return { ready: false, database: "unreachable", migrations: null, outbox: null };
  }
}
