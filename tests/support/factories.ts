import { db } from "@/lib/db/client";
import { newSecret } from "@/lib/security/secrets";

/** A short unique tag, so test files sharing one database never collide. */
export const uniqueTag = () => newSecret().slice(0, 10).replace(/[^a-zA-Z0-9]/g, "x").toLowerCase();

export async function createTopic() {
  const tag = uniqueTag();
  return db.topic.create({ data: { slug: `topic-${tag}`, name: `Topic ${tag}` } });
}

interface MentorOptions {
  timeZone?: string;
  sessionMinutes?: number;
  bufferMinutes?: number;
  minNoticeHours?: number;
  horizonDays?: number;
  maxPerWeek?: number;
  /** Weekly hours as [weekday, "HH:MM", "HH:MM"]; default every day 09:00–17:00. */
  hours?: [number, string, string][];
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

/** An approved mentor with a user, weekly hours and a meeting link. */
export async function createMentor(options: MentorOptions = {}) {
  const tag = uniqueTag();
  const hours = options.hours ?? [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "09:00", "17:00"] as [number, string, string]);
  const user = await db.user.create({ data: { email: `mentor-${tag}@example.org`, name: `Mentor ${tag}` } });
  return db.mentorProfile.create({
    data: {
      userId: user.id,
      slug: `mentor-${tag}`,
      status: "approved",
      displayName: `Mentor ${tag}`,
      headline: "Helps co-ops",
      bio: "Bio",
      timeZone: options.timeZone ?? "Europe/London",
      country: "GB",
      meetingUrl: `https://meet.example.coop/${tag}`,
      sessionMinutes: options.sessionMinutes ?? 60,
      bufferMinutes: options.bufferMinutes ?? 0,
      minNoticeHours: options.minNoticeHours ?? 0,
      horizonDays: options.horizonDays ?? 28,
      maxPerWeek: options.maxPerWeek ?? 20,
      weeklyRules: { create: hours.map(([weekday, from, to]) => ({ weekday, startMinute: minutes(from), endMinute: minutes(to) })) },
    },
    include: { user: true },
  });
}
