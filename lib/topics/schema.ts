import { z } from "zod";
import { slugOf } from "../format/slug";

const topicId = z.string().trim().min(1).max(64);

const topicName = z
  .string({ error: "Please enter a name for the topic." })
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "Please enter a name of at least 2 characters.")
      .max(60, "Please keep the name under 60 characters.")
      .refine((name) => /[\p{L}\p{N}]/u.test(name), "Please use at least one letter or number."),
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

export function clashMessage(clash: { name: string }, name: string): string {
  return clash.name.toLocaleLowerCase("en") === name.toLocaleLowerCase("en")
    ? `There is already a topic called “${clash.name}”.`
    : `That name is too close to “${clash.name}”, which already exists.`;
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
