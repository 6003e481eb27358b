import "server-only";
import { db } from "../db/client";

/** The client next-auth's Prisma adapter works through. */
export const authDatabase = db;

export async function userExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

export async function findViewer(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, mentor: { select: { id: true, slug: true, status: true, displayName: true } } },
  });
}
