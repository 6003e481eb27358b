import { z } from "zod";
import { slugOf } from "../format/slug";

const topicId = z.string().trim().min(1).max(64);

const topicName = z
  .string({ error: "nameMissing" })
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "nameTooShort")
      .max(60, "nameTooLong")
      .refine((name) => /[\p{L}\p{N}]/u.test(name), "nameNeedsLetter"),
  );

export const addTopicSchema = z.object({ name: topicName });
export const renameTopicSchema = z.object({ topicId, name: topicName });
export const moveTopicSchema = z.object({ topicId, direction: z.enum(["up", "down"]) });
export const archiveTopicSchema = z.object({ topicId, archived: z.enum(["true", "false"]).transform((value) => value === "true") });

export type MoveDirection = z.infer<typeof moveTopicSchema>["direction"];

/** "Finance & funding" → "finance-funding": the topic's part of directory links (?topic=…). */
export const topicSlug = slugOf;

interface NamedTopic {
  id: string;
  name: string;
  slug: string;
}

/**
 * Another topic this name would be confused with: the same name in any case, or
 * a name that makes the same slug ("Finance & funding" and "Finance, funding").
 * Names with no Latin letters or digits make an empty slug; those fall back to an
 * id-based slug, so only the name is compared.
 */
export function findNameClash(topics: readonly NamedTopic[], name: string, exceptId?: string): NamedTopic | null {
  const lower = name.toLocaleLowerCase("en");
  const slug = topicSlug(name);
  return topics.find((topic) => topic.id !== exceptId && (topic.name.toLocaleLowerCase("en") === lower || (slug !== "" && topic.slug === slug))) ?? null;
}

/** How a name clashes with an existing topic: the same name, or one too close to it (the same slug). */
export function clashKind(clash: { name: string }, name: string): "same" | "close" {
  return clash.name.toLocaleLowerCase("en") === name.toLocaleLowerCase("en") ? "same" : "close";
}

/** The ids in their new order after moving one a place up or down; null when it cannot move that way. */
export function moveInList(ids: readonly string[], id: string, direction: MoveDirection): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  const moved = [...ids];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/** Sort orders 10, 20, 30… for the list in this order: only rows whose value changes need writing. */
export function sortOrderChanges(current: readonly { id: string; sortOrder: number }[], order: readonly string[]): { id: string; sortOrder: number }[] {
  const before = new Map(current.map((topic) => [topic.id, topic.sortOrder]));
  return order.flatMap((id, index) => (before.get(id) === (index + 1) * 10 ? [] : [{ id, sortOrder: (index + 1) * 10 }]));
}
