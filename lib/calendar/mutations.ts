import "server-only";
import { db, type DbExecutor } from "../db/client";
import { hashSecret, newSecret } from "../security/secrets";
import { volunteerActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { invalidating, volunteerAreaChanged } from "../cache/invalidate";

async function recordFeedChange(tx: DbExecutor, mentorId: string, action: "calendar_feed.created" | "calendar_feed.revoked") {
  const mentor = await tx.mentorProfile.findUniqueOrThrow({ where: { id: mentorId }, select: { userId: true, user: { select: { email: true } } } });
  await recordAudit(volunteerActor({ id: mentor.userId, email: mentor.user.email }), { action, targetType: "mentor", targetId: mentorId }, tx);
}

/**
 * Issues a new secret feed token and returns it; only its hash is stored, so this
 * is the one moment it can be shown. Any earlier token stops working at once.
 */
export const createFeedToken = invalidating(
  async (mentorId: string): Promise<string> => {
    const token = newSecret();
    await db.$transaction(async (tx) => {
      await tx.mentorProfile.update({ where: { id: mentorId }, data: { feedTokenHash: hashSecret(token) }, select: { id: true } });
      await recordFeedChange(tx, mentorId, "calendar_feed.created");
    });
    return token;
  },
  () => volunteerAreaChanged(),
);

/** Turns the feed off; its address answers 404 from now on. */
export const revokeFeed = invalidating(
  async (mentorId: string): Promise<void> => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.mentorProfile.updateMany({ where: { id: mentorId, feedTokenHash: { not: null } }, data: { feedTokenHash: null } });
      if (count > 0) await recordFeedChange(tx, mentorId, "calendar_feed.revoked");
    });
  },
  () => volunteerAreaChanged(),
);
