import "server-only";
import { randomBytes } from "node:crypto";
import type { AuditActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { db, type DbExecutor } from "../db/client";
import { clashKind, findNameClash, moveInList, sortOrderChanges, topicSlug, type MoveDirection } from "./schema";
import { isUniqueViolation } from "../db/transactions";
import { invalidating, organiserAreaChanged, topicsChanged } from "../cache/invalidate";

export type TopicNameResult = { ok: true; id: string } | { ok: false; reason: "not-found" } | { ok: false; reason: "clash"; clash: TopicClash };

/** What a name clashed with: a topic of the same name, one too close to it, or one added a moment earlier. */
export type TopicClash = { kind: "same" | "close"; name: string } | { kind: "taken" };

function allTopics(executor: DbExecutor) {
  return executor.topic.findMany({ select: { id: true, name: true, slug: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

const slugFor = (name: string) => topicSlug(name) || `topic-${randomBytes(4).toString("hex")}`;

/**
 * The unique indexes are the last word when two organisers add the same name at
 * once; the check before them only gives the clear message.
 */
async function withClashCheck(name: string, exceptId: string | undefined, write: (tx: DbExecutor) => Promise<TopicNameResult>): Promise<TopicNameResult> {
  try {
    return await db.$transaction(async (tx) => {
      const clash = findNameClash(await allTopics(tx), name, exceptId);
      if (clash) return { ok: false, reason: "clash", clash: { kind: clashKind(clash, name), name: clash.name } };
      return write(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "clash", clash: { kind: "taken" } };
    throw error;
  }
}

/** A new topic at the end of the list. */
export const addTopic = invalidating(
  async (name: string, actor: AuditActor): Promise<TopicNameResult> => {
    return withClashCheck(name, undefined, async (tx) => {
      const last = await tx.topic.aggregate({ _max: { sortOrder: true } });
      const topic = await tx.topic.create({
        data: { name, slug: slugFor(name), sortOrder: (last._max.sortOrder ?? 0) + 10 },
        select: { id: true, slug: true },
      });
      await recordAudit(actor, { action: "topic.added", targetType: "topic", targetId: topic.id, details: { name, slug: topic.slug } }, tx);
      return { ok: true, id: topic.id };
    });
  },
  () => {
    topicsChanged();
    organiserAreaChanged();
  },
);

/** Renames a topic; its slug follows the name, so directory links read right. */
export const renameTopic = invalidating(
  async (topicId: string, name: string, actor: AuditActor): Promise<TopicNameResult> => {
    return withClashCheck(name, topicId, async (tx) => {
      const before = await tx.topic.findUnique({ where: { id: topicId }, select: { name: true, slug: true } });
      if (!before) return { ok: false, reason: "not-found" };
      if (before.name === name) return { ok: true, id: topicId };
      const slug = topicSlug(name) || before.slug;
      await tx.topic.update({ where: { id: topicId }, data: { name, slug } });
      await recordAudit(actor, { action: "topic.renamed", targetType: "topic", targetId: topicId, details: { from: before.name, to: name, slug } }, tx);
      return { ok: true, id: topicId };
    });
  },
  () => {
    topicsChanged();
    organiserAreaChanged();
  },
);

/** Moves a topic one place up or down; false when it is already at that end or gone. */
export const moveTopic = invalidating(
  async (topicId: string, direction: MoveDirection, actor: AuditActor): Promise<boolean> => {
    return db.$transaction(async (tx) => {
      const topics = await allTopics(tx);
      const order = moveInList(
        topics.map((topic) => topic.id),
        topicId,
        direction,
      );
      if (!order) return false;
      for (const change of sortOrderChanges(topics, order)) {
        await tx.topic.update({ where: { id: change.id }, data: { sortOrder: change.sortOrder } });
      }
      await recordAudit(
        actor,
        { action: "topic.moved", targetType: "topic", targetId: topicId, details: { direction, position: order.indexOf(topicId) + 1 } },
        tx,
      );
      return true;
    });
  },
  () => {
    topicsChanged();
    organiserAreaChanged();
  },
);

/**
 * Archived topics leave founders' and volunteers' forms; bookings and profiles
 * that named them keep them. False when the topic is gone or already so.
 */
export const setTopicArchived = invalidating(
  async (topicId: string, archived: boolean, actor: AuditActor): Promise<boolean> => {
    return db.$transaction(async (tx) => {
      const { count } = await tx.topic.updateMany({ where: { id: topicId, archived: !archived }, data: { archived } });
      if (count === 0) return false;
      await recordAudit(actor, { action: archived ? "topic.archived" : "topic.unarchived", targetType: "topic", targetId: topicId }, tx);
      return true;
    });
  },
  () => {
    topicsChanged();
    organiserAreaChanged();
  },
);
