import "server-only";
import { db } from "../db/client";

/** Every topic, archived ones too, in the organisers' order, with how many mentors and bookings use it. */
export async function listTopicsWithUsage() {
  const rows = await db.topic.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, sortOrder: true, archived: true, _count: { select: { mentors: true, bookings: true } } },
  });
  return rows.map(({ _count, ...topic }) => ({ ...topic, mentors: _count.mentors, bookings: _count.bookings }));
}

export type TopicWithUsage = Awaited<ReturnType<typeof listTopicsWithUsage>>[number];
