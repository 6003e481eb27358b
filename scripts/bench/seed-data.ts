// Synthetic mentors and bookings for the benchmark: pure planning, no database.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { expandAvailability, type AvailabilitySettings, type Slot } from "../../lib/availability/slots";
import type { BookingStatus, CoopStage, FeedbackNextStep } from "../../lib/db/types";
import { mentorSearchText } from "../../lib/mentors/search-text";
import type { Random } from "../../lib/random";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export const ZONES = [
  { timeZone: "Europe/London", country: "GB", languages: ["en", "cy"] },
  { timeZone: "Europe/Madrid", country: "ES", languages: ["es", "ca", "eu", "en"] },
  { timeZone: "Europe/Berlin", country: "DE", languages: ["de", "en", "tr"] },
  { timeZone: "Europe/Paris", country: "FR", languages: ["fr", "en", "ar"] },
  { timeZone: "America/New_York", country: "US", languages: ["en", "es"] },
  { timeZone: "America/Mexico_City", country: "MX", languages: ["es", "en"] },
  { timeZone: "America/Argentina/Buenos_Aires", country: "AR", languages: ["es", "pt-BR", "en"] },
  { timeZone: "America/Sao_Paulo", country: "BR", languages: ["pt-BR", "es", "en"] },
  { timeZone: "Africa/Nairobi", country: "KE", languages: ["sw", "en"] },
  { timeZone: "Africa/Lagos", country: "NG", languages: ["en", "yo"] },
  { timeZone: "Asia/Kolkata", country: "IN", languages: ["hi", "ta", "en"] },
  { timeZone: "Asia/Tokyo", country: "JP", languages: ["ja", "en"] },
  { timeZone: "Australia/Sydney", country: "AU", languages: ["en"] },
  { timeZone: "Pacific/Auckland", country: "NZ", languages: ["en", "mi"] },
] as const;

const FIRST_NAMES =
  "Ada Amara Ana Bea Bruno Carmen Chidi Dara Diego Elif Emeka Farah Femi Grace Hana Ines Ivan Jae Jonas Kofi Lea Lucia Mai Marco Nia Noor Olu Pablo Priya Quinn Rahel Rosa Sami Sina Tariq Uma Vera Wanjiru Yuki Zeynep".split(
    " ",
  );
const LAST_NAMES =
  "Abara Bianchi Costa Dlamini Eriksen Fujita Garcia Haddad Ibarra Jensen Kamau Laine Mensah Nakamura Okafor Pereira Quispe Rossi Sato Tanaka Ueda Vargas Walsh Xu Yilmaz Zapata".split(
    " ",
  );
// One trade is the benchmark's text search: about one mentor in fifteen matches it.
export const SEARCH_WORD = "brewery";
const TRADES = [
  "bakery",
  "print shop",
  "software studio",
  "home-care co-op",
  "cleaning co-op",
  "bike workshop",
  "grocery",
  "design studio",
  "translation co-op",
  "childcare co-op",
  SEARCH_WORD,
  "housing co-op",
  "taxi co-op",
  "bookshop",
  "web agency",
];
const ROLES = ["Founding member", "Finance lead", "Board chair", "Worker-owner", "Member-educator", "Operations coordinator"];
const STORIES = [
  "We converted from a family business when the owners retired, and I ran the member loan scheme.",
  "I drafted our first bylaws with a volunteer lawyer and have chaired our general meetings for years.",
  "Our group left a big agency together; I handle pricing, contracts and how we share on-call fairly.",
  "I look after onboarding: trial membership, buy-in payments and the first conversations about pay.",
  "We went through a hard conflict in our third year and came out with a mediation process that works.",
  "I help new members read the accounts and understand surplus, patronage and reserves.",
];
const MESSAGES = [
  "Five of us are leaving our jobs to start a co-op and we are unsure which legal form fits.",
  "We want to convert our small studio into a worker co-op and would love to hear how others did it.",
  "How did you decide on pay ratios and buy-in? We keep going round in circles.",
  "We are a group of developers and want advice on governance before we incorporate.",
];
const FOUNDER_COUNTRIES = ["US", "GB", "DE", "ES", "FR", "BR", "AR", "MX", "IN", "KE", "NG", "JP", "CA", "IT", "NL", "AU"];
const COOP_STAGES: CoopStage[] = ["idea", "forming_group", "incorporating", "converting", "running"];
const ACTIVE = new Set<BookingStatus>(["pending", "confirmed", "held", "no_show"]);

export interface BenchMentor {
  id: string;
  userId: string;
  email: string;
  slug: string;
  displayName: string;
  headline: string;
  bio: string;
  searchText: string;
  timeZone: string;
  country: string;
  coopName: string;
  coopUrl: string;
  meetingUrl: string;
  languages: string[];
  topics: string[];
  settings: AvailabilitySettings;
}

export interface BenchBooking {
  id: string;
  mentorId: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  expiresAt: Date | null;
  founderName: string;
  founderEmail: string;
  founderCountry: string;
  founderTimeZone: string;
  coopStage: CoopStage;
  message: string;
  consentAt: Date;
  confirmTokenHash: string | null;
  manageTokenHash: string;
  icsUid: string;
  cancelReason: string | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  followUpAskedAt: Date | null;
  topicSlugs: string[];
  feedback: BenchFeedback | null;
}

export interface BenchFeedback {
  usefulness: number;
  nextStep: FeedbackNextStep;
  comment: string | null;
  quoteConsent: boolean;
}

const FOLLOW_UP_DELAY_MS = 2 * 60 * MINUTE_MS;
const NEXT_STEPS = { incorporating: 35, another_session: 25, still_exploring: 30, decided_not: 10 } as const;

/** Sessions that took place were followed up two hours after the end; about a third of founders answered. */
function followUp(status: BookingStatus, slot: Slot, now: Date, random: Random): Pick<BenchBooking, "followUpAskedAt" | "feedback"> {
  const askedAt = slot.endsAt.getTime() + FOLLOW_UP_DELAY_MS;
  if ((status !== "held" && status !== "confirmed") || askedAt > now.getTime()) return { followUpAskedAt: null, feedback: null };
  const answered = random.next() < 0.35;
  return {
    followUpAskedAt: new Date(askedAt),
    feedback: answered
      ? {
          usefulness: random.int(2, 5),
          nextStep: random.weighted(NEXT_STEPS),
          comment: random.next() < 0.4 ? "Clear advice on our first members' meeting." : null,
          quoteConsent: random.next() < 0.3,
        }
      : null,
  };
}

const pad = (n: number) => String(n).padStart(5, "0");
const tokenHash = (kind: string, id: string) => createHash("sha256").update(`${kind}:${id}`).digest("hex");

/** Approved mentors across time zones, with 2–4 topics, 1–3 languages and weekly hours 8 weeks ahead. */
export function planMentors(count: number, topicSlugs: readonly string[], random: Random): BenchMentor[] {
  return Array.from({ length: count }, (_, index) => {
    const place = random.pick(ZONES);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const trade = TRADES[index % TRADES.length]!;
    const displayName = `${first} ${last}`;
    const slug = `${first}-${last}-${index + 1}`.toLowerCase();
    const coopName = `${last} ${trade.replace(/\b\w/g, (letter) => letter.toUpperCase())} Co-operative`;
    const headline = `${random.pick(ROLES)} at a ${trade} in ${place.timeZone.split("/").at(-1)!.replace(/_/g, " ")}`;
    const bio = `${random.pick(STORIES)} ${random.pick(STORIES)} Happy to talk to any group thinking of starting a ${trade}.`;
    const weekdays = random.sample([1, 2, 3, 4, 5, 6, 7], random.int(2, 4)).sort();
    const sessionMinutes = random.pick([45, 60, 60, 90]);
    return {
      id: `bench-mentor-${pad(index)}`,
      userId: `bench-user-${pad(index)}`,
      email: `mentor-${index + 1}@bench.example.org`,
      slug,
      displayName,
      headline,
      bio,
      searchText: mentorSearchText({ displayName, headline, bio, coopName }),
      timeZone: place.timeZone,
      country: place.country,
      coopName,
      coopUrl: `https://${slug}.example.coop`,
      meetingUrl: `https://meet.example.coop/${slug}`,
      languages: [place.languages[0], ...random.sample(place.languages.slice(1), random.int(0, 2))],
      topics: random.sample(topicSlugs, random.int(2, 4)),
      settings: {
        timeZone: place.timeZone,
        sessionMinutes,
        bufferMinutes: 15,
        minNoticeHours: 24,
        horizonDays: 56,
        maxPerWeek: random.int(2, 5),
        weeklyRules: weekdays.map((weekday) => {
          const startMinute = random.int(8, 18) * 60 + random.pick([0, 30]);
          return { weekday, startMinute, endMinute: Math.min(24 * 60, startMinute + random.int(2, 3) * 60) };
        }),
        extraSlots: [],
        daysOff: [],
      },
    };
  });
}

function founder(random: Random, serial: number) {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  return {
    founderName: name,
    founderEmail: `founder-${serial}@bench.example.org`,
    founderCountry: random.pick(FOUNDER_COUNTRIES),
    founderTimeZone: random.pick(ZONES).timeZone,
    coopStage: random.pick(COOP_STAGES),
    message: random.pick(MESSAGES),
  };
}

/** Timestamps that fit the status: created before the session, confirmed or cancelled after that. */
function lifecycle(status: BookingStatus, startsAt: Date, now: Date, random: Random) {
  const latestCreation = Math.min(now.getTime(), startsAt.getTime() - 30 * MINUTE_MS);
  const createdAt =
    status === "pending"
      ? new Date(now.getTime() - random.int(1, 25) * MINUTE_MS)
      : new Date(latestCreation - random.int(0, 20) * DAY_MS - random.int(0, 600) * MINUTE_MS);
  const confirmed = status === "confirmed" || status === "held" || status === "no_show";
  const cancelled = status.startsWith("cancelled");
  const after = (minutes: number) => new Date(Math.min(createdAt.getTime() + minutes * MINUTE_MS, now.getTime()));
  return {
    createdAt,
    consentAt: createdAt,
    expiresAt: status === "pending" || status === "expired" ? new Date(createdAt.getTime() + 30 * MINUTE_MS) : null,
    confirmedAt: confirmed || (cancelled && random.next() < 0.6) ? after(random.int(5, 600)) : null,
    cancelledAt: cancelled ? after(random.int(60, 5 * 24 * 60)) : null,
    cancelReason: cancelled ? random.pick(["Plans changed.", "Our group found an answer already.", "Illness.", "Double-booked."]) : null,
  };
}

function booking(
  id: string,
  mentor: BenchMentor,
  slot: Slot,
  status: BookingStatus,
  now: Date,
  random: Random,
  serial: number,
  topicSlugs: readonly string[],
): BenchBooking {
  const topics = [...new Set([random.pick(mentor.topics), ...(random.next() < 0.5 ? [random.pick(topicSlugs)] : [])])];
  return {
    id,
    mentorId: mentor.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status,
    ...founder(random, serial),
    ...lifecycle(status, slot.startsAt, now, random),
    confirmTokenHash: status === "pending" ? tokenHash("confirm", id) : null,
    manageTokenHash: tokenHash("manage", id),
    icsUid: `${id}@candle`,
    topicSlugs: topics,
    ...followUp(status, slot, now, random),
  };
}

const PAST_STATUSES = { held: 60, no_show: 8, cancelled_by_founder: 14, cancelled_by_mentor: 7, cancelled_by_organiser: 1, expired: 10 } as const;
const FUTURE_STATUSES = { confirmed: 70, pending: 18, cancelled_by_founder: 8, cancelled_by_mentor: 4 } as const;

/**
 * About `count` bookings on the mentors' real slots: 60% in the last 12 weeks
 * (held, no-show, cancelled, expired), the rest ahead (confirmed, pending,
 * cancelled), at most one a week per mentor so the weekly caps never bind.
 * Past sessions are upcoming slots moved back whole weeks on the mentor's wall
 * clock: expanding 12 past weeks of every calendar would take most of the seeding time.
 */
export function planFounderBookings(mentors: BenchMentor[], count: number, now: Date, random: Random, topicSlugs: readonly string[]): BenchBooking[] {
  const bookings: BenchBooking[] = [];
  mentors.forEach((mentor, index) => {
    const share = Math.floor(count / mentors.length) + (index < count % mentors.length ? 1 : 0);
    const pastCount = Math.round(share * 0.6);
    const upcoming = expandAvailability(mentor.settings, [], now, { limit: 12 });
    const { timeZone, sessionMinutes } = mentor.settings;
    const past = new Map<number, Slot>();
    for (let attempt = 0; past.size < pastCount && attempt < 40 && upcoming.length > 0; attempt++) {
      const start = DateTime.fromJSDate(random.pick(upcoming).startsAt, { zone: timeZone })
        .minus({ weeks: random.int(1, 12) })
        .toMillis();
      const end = start + sessionMinutes * MINUTE_MS;
      if (end < now.getTime() && start > now.getTime() - 84 * DAY_MS) past.set(start, { startsAt: new Date(start), endsAt: new Date(end) });
    }
    const chosen = [
      ...[...past.values()].map((slot) => [slot, random.weighted(PAST_STATUSES)] as const),
      ...random.sample(oneSlotPerWeek(upcoming, timeZone), share - pastCount).map((slot) => [slot, random.weighted(FUTURE_STATUSES)] as const),
    ];
    for (const [slot, status] of chosen) {
      const serial = bookings.length;
      bookings.push(booking(`bench-booking-${pad(serial)}`, mentor, slot, status, now, random, serial, topicSlugs));
    }
  });
  return bookings;
}

function oneSlotPerWeek(slots: Slot[], zone: string): Slot[] {
  const seen = new Set<string>();
  return slots.filter((slot) => {
    const week = DateTime.fromJSDate(slot.startsAt, { zone }).toFormat("kkkk-WW");
    if (seen.has(week)) return false;
    seen.add(week);
    return true;
  });
}

/**
 * More bookings, for the organiser statistics only: popular mentors get more,
 * 85% fall in the last 12 weeks, 10% in the 40 weeks before, 5% ahead. Start
 * times are on a quarter-hour grid; two active ones never share a mentor's start.
 */
export function planStatsBookings(
  mentors: BenchMentor[],
  existing: BenchBooking[],
  count: number,
  now: Date,
  random: Random,
  topicSlugs: readonly string[],
): BenchBooking[] {
  const taken = new Set(existing.filter((b) => ACTIVE.has(b.status)).map((b) => `${b.mentorId} ${b.startsAt.getTime()}`));
  const bookings: BenchBooking[] = [];
  const day = (from: number, to: number) => Math.floor(now.getTime() / DAY_MS + random.int(from, to)) * DAY_MS;
  while (bookings.length < count) {
    const mentor = mentors[Math.floor(random.next() ** 1.6 * mentors.length)]!;
    const roll = random.next();
    const ahead = roll >= 0.95;
    const start = (ahead ? day(2, 56) : roll < 0.85 ? day(-84, -1) : day(-364, -85)) + (random.int(6, 21) * 60 + random.pick([0, 15, 30, 45])) * MINUTE_MS;
    const status = ahead ? random.weighted(FUTURE_STATUSES) : random.weighted(PAST_STATUSES);
    const key = `${mentor.id} ${start}`;
    if (ACTIVE.has(status) && taken.has(key)) continue;
    if (ACTIVE.has(status)) taken.add(key);
    const serial = existing.length + bookings.length;
    const slot = { startsAt: new Date(start), endsAt: new Date(start + mentor.settings.sessionMinutes * MINUTE_MS) };
    bookings.push(booking(`bench-stats-${pad(serial)}`, mentor, slot, status, now, random, serial, topicSlugs));
  }
  return bookings;
}
