import { parseClock } from "@/lib/availability/clock";
import { db } from "@/lib/db/client";
import { newSecret } from "@/lib/security/secrets";

/** A short unique tag, so test files sharing one database never collide. */
export const uniqueTag = () =>
  newSecret()
    .slice(0, 10)
    .replace(/[^a-zA-Z0-9]/g, "x")
    .toLowerCase();

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
      weeklyRules: { create: hours.map(([weekday, from, to]) => ({ weekday, startMinute: parseClock(from), endMinute: parseClock(to) })) },
    },
    include: { user: true },
  });
}

interface BookingOptions {
  startsAt: Date;
  minutes?: number;
  status?: "pending" | "confirmed" | "cancelled_by_founder" | "expired";
  /** For pending bookings: until when the hold lasts. */
  expiresAt?: Date;
}

/** A booking written straight to the database, bypassing slot checks. */
export async function createBooking(mentorId: string, options: BookingOptions) {
  const tag = uniqueTag();
  return db.booking.create({
    data: {
      mentorId,
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + (options.minutes ?? 60) * 60_000),
      status: options.status ?? "confirmed",
      expiresAt: options.expiresAt ?? null,
      founderName: "Ada Founder",
      founderEmail: `founder-${tag}@example.com`,
      founderCountry: "GB",
      coopStage: "forming_group",
      message: "How do we share surplus fairly?",
      consentAt: new Date(),
      manageTokenHash: `manage-${tag}`,
      icsUid: `${tag}@candle`,
    },
  });
}

/** A signed-up organiser (no mentor profile). */
export async function createOrganiser() {
  const tag = uniqueTag();
  return db.user.create({ data: { email: `organiser-${tag}@example.org`, name: `Organiser ${tag}`, role: "organiser" } });
}

/** A volunteer who has applied and waits for an organiser, with weekly hours already set. */
export async function createPendingMentor(options: MentorOptions = {}) {
  const mentor = await createMentor(options);
  return db.mentorProfile.update({
    where: { id: mentor.id },
    data: { status: "pending", application: "I helped found a bakery co-op and want to pass it on." },
    include: { user: true },
  });
}

interface OrganiserTestBookingOptions {
  startsAt: Date;
  createdAt?: Date;
  status?: "pending" | "confirmed" | "cancelled_by_founder" | "cancelled_by_mentor" | "cancelled_by_organiser" | "held" | "no_show" | "expired";
  /** For pending bookings; defaults to 30 minutes after createdAt. */
  expiresAt?: Date | null;
  minutes?: number;
  country?: string;
  topicIds?: string[];
  message?: string;
}

/** A booking with chosen status, times, country and topics, written straight to the table (organiser tests). */
export async function createBookingWith(mentorId: string, options: OrganiserTestBookingOptions) {
  const tag = uniqueTag();
  const createdAt = options.createdAt ?? new Date();
  const status = options.status ?? "confirmed";
  return db.booking.create({
    data: {
      mentorId,
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + (options.minutes ?? 60) * 60_000),
      status,
      expiresAt: options.expiresAt !== undefined ? options.expiresAt : status === "pending" ? new Date(createdAt.getTime() + 30 * 60_000) : null,
      founderName: `Founder ${tag}`,
      founderEmail: `founder-${tag}@example.com`,
      founderCountry: options.country ?? "GB",
      coopStage: "forming_group",
      message: options.message ?? "How do we share surplus fairly?",
      consentAt: createdAt,
      manageTokenHash: `manage-${tag}`,
      confirmTokenHash: `confirm-${tag}`,
      icsUid: `${tag}@candle.test`,
      createdAt,
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
    },
  });
}
