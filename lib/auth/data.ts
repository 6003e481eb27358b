import "server-only";
import { db } from "../db/client";

/** The client next-auth's Prisma adapter works through. */
export const authDatabase = db;

export async function userExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

const viewerSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  mentor: { select: { id: true, slug: true, status: true, displayName: true } },
} as const;

export async function findViewer(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: viewerSelect });
}

/** The signed-in person behind a session cookie's value, while the session lasts. */
export async function findSessionViewer(sessionToken: string, now: Date) {
  const session = await db.session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: viewerSelect } } });
  if (!session || session.expires <= now) return null;
  return { expires: session.expires, viewer: session.user };
}
