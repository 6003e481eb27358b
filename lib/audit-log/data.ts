import "server-only";
import { db } from "../db/client";

export interface AuditRow {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  details: string | null;
  createdAt: Date;
  actorLabel: string;
  actorEmail: string | null;
}

/** One page of the log, newest first, and how many rows there are in all. */
export async function listAuditEntries(page: number, pageSize: number): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        details: true,
        createdAt: true,
        actorLabel: true,
        actor: { select: { email: true } },
      },
    }),
    db.auditLog.count(),
  ]);
  return { rows: rows.map(({ actor, ...row }) => ({ ...row, actorEmail: actor?.email ?? null })), total };
}

/**
 * Readable names for the targets on one page, keyed "type:id". Mentors are
 * looked up by id or slug: volunteer applications are logged by slug.
 */
export async function findAuditTargetNames(targets: { targetType: string; targetId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(targets.filter((target) => target.targetType === type).map((target) => target.targetId))];
  const mentorKeys = ids("mentor");
  const topicIds = ids("topic");
  const userIds = ids("user");
  const [mentors, topics, users] = await Promise.all([
    mentorKeys.length
      ? db.mentorProfile.findMany({
          where: { OR: [{ id: { in: mentorKeys } }, { slug: { in: mentorKeys } }] },
          select: { id: true, slug: true, displayName: true },
        })
      : [],
    topicIds.length ? db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } }) : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [],
  ]);
  const names = new Map<string, string>();
  for (const mentor of mentors) {
    names.set(`mentor:${mentor.id}`, mentor.displayName);
    names.set(`mentor:${mentor.slug}`, mentor.displayName);
  }
  for (const topic of topics) names.set(`topic:${topic.id}`, topic.name);
  for (const user of users) names.set(`user:${user.id}`, user.email);
  return names;
}

/** What the log says one actor did, oldest first: for a founder's own copy of their data. */
export async function listAuditEntriesBy(actorLabel: string): Promise<{ action: string; targetType: string; targetId: string; createdAt: Date }[]> {
  return db.auditLog.findMany({
    where: { actorLabel },
    orderBy: { createdAt: "asc" },
    select: { action: true, targetType: true, targetId: true, createdAt: true },
  });
}
