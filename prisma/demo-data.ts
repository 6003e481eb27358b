import type { BookingStatus, CoopStage, MentorStatus } from "../lib/db/types";

export const DEMO_TOPICS = [
  { slug: "legal-structures", name: "Legal structures & incorporation", sortOrder: 10 },
  { slug: "governance", name: "Governance & decision-making", sortOrder: 20 },
  { slug: "finance-funding", name: "Finance & funding", sortOrder: 30 },
  { slug: "conversions", name: "Converting an existing business", sortOrder: 40 },
  { slug: "platform-coops", name: "Platform co-ops", sortOrder: 50 },
  { slug: "tech-coops", name: "Tech co-ops & client work", sortOrder: 60 },
  { slug: "culture-conflict", name: "Culture & conflict", sortOrder: 70 },
  { slug: "community-networks", name: "Community networks & ISPs", sortOrder: 80 },
] as const;

export type DemoTopicSlug = (typeof DEMO_TOPICS)[number]["slug"];

export const DEMO_ORGANISER = { email: "organiser@example.org", name: "Morgan Ashby" };

/** Wall-clock time in the mentor's own zone; weekday is ISO (1 = Monday … 7 = Sunday). */
export interface DemoWeeklyRule {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  start: `${number}:${number}`;
  end: `${number}:${number}`;
}

export interface DemoMentor {
  email: string;
  slug: string;
  displayName: string;
  pronouns?: string;
  headline: string;
  bio: string;
  application: string;
  timeZone: string;
  country: string;
  languages: string[];
  topics: DemoTopicSlug[];
  coopName: string;
  coopUrl: string;
  meetingUrl: string;
  status: Extract<MentorStatus, "approved" | "pending">;
  limits: { sessionMinutes: 30 | 45 | 60 | 90; bufferMinutes: number; minNoticeHours: number; horizonDays: number; maxPerWeek: number };
  weekly: DemoWeeklyRule[];
  /** Dates are counted in days from "today" in the mentor's zone. */
  extraSlots?: { daysFromNow: number; start: DemoWeeklyRule["start"]; end: DemoWeeklyRule["end"] }[];
  daysOff?: { fromDaysFromNow: number; toDaysFromNow: number; note: string }[];
}

export const DEMO_MENTORS: DemoMentor[] = [
  {
    email: "rosa@tidewater-bakery.example.coop",
    slug: "rosa-pennington",
    displayName: "Rosa Pennington",
    pronouns: "she/her",
    headline: "Baker who helped buy out her bakery from its founders",
    bio: "I spent eleven years baking at Tidewater, and in 2019 the twelve of us who worked there bought the bakery from its retiring founders. I've sat on our finance circle and, for three years, our board. Happy to talk through how a conversion feels from the shop floor, plus the boring-but-vital bits like member loans and valuations.",
    application: "When we converted, a stranger from another co-op gave us two hours on a Sunday and it changed everything. I'd like to pass that on.",
    timeZone: "Europe/London",
    country: "GB",
    languages: ["en"],
    topics: ["conversions", "governance", "finance-funding"],
    coopName: "Tidewater Bakery Co-operative",
    coopUrl: "https://tidewater-bakery.example.coop",
    meetingUrl: "https://meet.jit.si/candle-rosa-pennington",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 3 },
    weekly: [
      { weekday: 2, start: "18:00", end: "20:00" },
      { weekday: 4, start: "12:30", end: "14:00" },
    ],
    extraSlots: [{ daysFromNow: 9, start: "10:00", end: "12:00" }],
    daysOff: [{ fromDaysFromNow: 15, toDaysFromNow: 21, note: "Walking holiday, back the week after" }],
  },
  {
    email: "marcus@fiveboroughs-care.example.coop",
    slug: "marcus-delacroix-hill",
    displayName: "Marcus Delacroix-Hill",
    pronouns: "he/him",
    headline: "Home-care worker-owner; bylaws, boards and hard conversations",
    bio: "I'm a home health aide and a founding member of Five Boroughs, a home-care co-op of about 60 worker-owners. I drafted our first bylaws with a volunteer lawyer and have chaired our board twice. I know how to get a diverse, busy membership to actually make decisions together.",
    application: "Care workers are starting co-ops all over the city and most of them have nobody to ask. I can be that somebody for an hour.",
    timeZone: "America/New_York",
    country: "US",
    languages: ["en", "es"],
    topics: ["legal-structures", "governance", "culture-conflict"],
    coopName: "Five Boroughs Home Care Cooperative",
    coopUrl: "https://fiveboroughs-care.example.coop",
    meetingUrl: "https://bbb.example.coop/rooms/marcus-delacroix-hill",
    status: "approved",
    limits: { sessionMinutes: 45, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 35, maxPerWeek: 4 },
    weekly: [
      { weekday: 1, start: "19:00", end: "21:00" },
      { weekday: 3, start: "19:00", end: "21:00" },
      { weekday: 6, start: "10:00", end: "12:00" },
    ],
  },
  {
    email: "lucia@laestrella.example.net",
    slug: "lucia-ferreyra",
    displayName: "Lucía Ferreyra",
    pronouns: "ella/she",
    headline: "Recovered a print shop with her workmates after the owners walked away",
    bio: "In 2002 our owners abandoned the print shop and we kept the presses running ourselves; today we're a 34-member worker co-op. I've handled our accounts for most of that time, including years when there was nothing in them. I like helping groups who are taking over a business in a crisis.",
    application: "Las empresas recuperadas learned a lot the hard way. I want newer groups to learn it the easy way.",
    timeZone: "America/Argentina/Buenos_Aires",
    country: "AR",
    languages: ["es", "pt-BR", "en"],
    topics: ["conversions", "finance-funding", "culture-conflict"],
    coopName: "Cooperativa Gráfica La Estrella",
    coopUrl: "https://laestrella.example.net",
    meetingUrl: "https://meet.jit.si/candle-lucia-ferreyra",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 30, minNoticeHours: 48, horizonDays: 56, maxPerWeek: 2 },
    weekly: [
      { weekday: 1, start: "19:00", end: "21:00" },
      { weekday: 4, start: "18:30", end: "20:30" },
    ],
  },
  {
    email: "haruto@kumo-works.example.coop",
    slug: "haruto-mizushima",
    displayName: "Haruto Mizushima",
    pronouns: "he/him",
    headline: "Software developer in a Tokyo worker co-op formed under the 2022 law",
    bio: "I co-founded Kumo Works, a seven-person software co-op, after years of contract work at agencies. We incorporated under Japan's Worker Cooperatives Act soon after it came into force, so I know that paperwork well. I can also talk about pricing client work and sharing on-call fairly.",
    application: "Few people in Japan have done this yet. Sharing our notes is the quickest way to make it less lonely for the next group.",
    timeZone: "Asia/Tokyo",
    country: "JP",
    languages: ["ja", "en"],
    topics: ["tech-coops", "legal-structures"],
    coopName: "Kumo Works Worker Co-operative",
    coopUrl: "https://kumo-works.example.coop",
    meetingUrl: "https://meet.jit.si/candle-haruto-mizushima",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 2 },
    weekly: [
      { weekday: 2, start: "20:00", end: "22:00" },
      { weekday: 6, start: "09:00", end: "11:00" },
    ],
  },
  {
    email: "priya@sahaya.example.org",
    slug: "priya-raghunathan",
    displayName: "Priya Raghunathan",
    pronouns: "she/her",
    headline: "Organiser of a domestic workers' platform co-op in Chennai",
    bio: "I helped 140 domestic workers set up Sahaya, a co-op that runs its own booking app instead of paying commission to a platform. I look after our member meetings and our grant applications. I'm glad to talk about platform co-ops where most members are not tech people.",
    application: "I would like more women workers to own the apps they work through. Talking to founders early is where I can help most.",
    timeZone: "Asia/Kolkata",
    country: "IN",
    languages: ["en", "hi", "ta"],
    topics: ["platform-coops", "finance-funding", "governance"],
    coopName: "Sahaya Home Services Co-operative",
    coopUrl: "https://sahaya.example.org",
    meetingUrl: "https://bbb.example.coop/rooms/priya-raghunathan",
    status: "approved",
    limits: { sessionMinutes: 45, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 3 },
    weekly: [
      { weekday: 3, start: "18:00", end: "19:30" },
      { weekday: 7, start: "11:00", end: "13:00" },
    ],
  },
  {
    email: "aroha@harakeke-design.example.net",
    slug: "aroha-whaanga-reid",
    displayName: "Aroha Whaanga-Reid",
    pronouns: "she/her",
    headline: "Designer and facilitator; tikanga-led decision-making in a small co-op",
    bio: "I'm one of five worker-owners at Harakeke, a design studio in Tāmaki Makaurau. We make decisions by consensus shaped by tikanga Māori, and I facilitate our hui when things get tense. I enjoy helping small teams set up ways to disagree well before they need them.",
    application: "Our co-op was built on advice from aunties and mentors. I want to give some of that time back.",
    timeZone: "Pacific/Auckland",
    country: "NZ",
    languages: ["en", "mi"],
    topics: ["culture-conflict", "governance"],
    coopName: "Harakeke Design Collective",
    coopUrl: "https://harakeke-design.example.net",
    meetingUrl: "https://meet.jit.si/candle-aroha-whaanga-reid",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 28, maxPerWeek: 2 },
    weekly: [
      { weekday: 1, start: "17:30", end: "19:00" },
      { weekday: 3, start: "12:00", end: "13:00" },
    ],
  },
  {
    email: "jonas@werkbank.example.coop",
    slug: "jonas-albrecht",
    displayName: "Jonas Albrecht",
    pronouns: "he/him",
    headline: "Co-founder of a Berlin software eG; statutes, audits and client contracts",
    bio: "I co-founded Werkbank, a software co-operative registered as an eG with eighteen members. I took us through the audit association and still write most of our client contracts. I'm happy to compare legal forms across countries and talk about staying a co-op when a big client wants a normal agency.",
    application: "Every month someone asks me how we set up our eG. Doing it here means more people get an answer.",
    timeZone: "Europe/Berlin",
    country: "DE",
    languages: ["de", "en"],
    topics: ["tech-coops", "legal-structures", "finance-funding"],
    coopName: "Werkbank Software eG",
    coopUrl: "https://werkbank.example.coop",
    meetingUrl: "https://bbb.example.coop/rooms/jonas-albrecht",
    status: "approved",
    limits: { sessionMinutes: 90, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 2 },
    weekly: [
      { weekday: 2, start: "18:00", end: "20:00" },
      { weekday: 5, start: "14:00", end: "16:00" },
    ],
  },
  {
    email: "nerea@ostadar.example.coop",
    slug: "nerea-etxeberria",
    displayName: "Nerea Etxeberria",
    pronouns: "she/her",
    headline: "Finance lead at a 40-member Basque metalworks co-operative",
    bio: "I've been the finance lead at Ostadar, a metalworks co-operative in Gipuzkoa, for nine years. I've worked through capital contributions, solidarity funds and one very difficult year of short-time work. I like helping groups build a budget they understand, not just one the bank accepts.",
    application: "Our region has a long co-operative tradition and I benefited from it. Mentoring is my way of keeping it alive.",
    timeZone: "Europe/Madrid",
    country: "ES",
    languages: ["es", "eu", "en"],
    topics: ["finance-funding", "conversions", "governance"],
    coopName: "Ostadar Koop. Elkartea",
    coopUrl: "https://ostadar.example.coop",
    meetingUrl: "https://meet.jit.si/candle-nerea-etxeberria",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 3 },
    weekly: [
      { weekday: 4, start: "16:00", end: "18:00" },
      { weekday: 5, start: "10:00", end: "11:30" },
    ],
  },
  {
    email: "amani@mtaamesh.example.net",
    slug: "amani-wekesa",
    displayName: "Amani Wekesa",
    pronouns: "they/them",
    headline: "Runs a member-owned community network in Nairobi",
    bio: "I'm a network engineer and one of the worker-members of Mtaa Mesh, a co-operative that brings affordable internet to about 2,000 homes. I've built rooftop links, negotiated upstream bandwidth and written our tariff policy with members. Ask me about licences, equipment financing or keeping volunteers and paid staff in one co-op.",
    application: "Community networks grow best when the people building them talk to each other. I want to be one of those voices.",
    timeZone: "Africa/Nairobi",
    country: "KE",
    languages: ["sw", "en"],
    topics: ["community-networks", "tech-coops", "finance-funding"],
    coopName: "Mtaa Mesh Co-operative",
    coopUrl: "https://mtaamesh.example.net",
    meetingUrl: "https://bbb.example.coop/rooms/amani-wekesa",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 3 },
    weekly: [
      { weekday: 1, start: "18:00", end: "20:00" },
      { weekday: 6, start: "10:00", end: "12:00" },
    ],
  },
  {
    email: "theo@salal-couriers.example.coop",
    slug: "theo-marchetti",
    displayName: "Theo Marchetti",
    pronouns: "he/they",
    headline: "Bike courier turned platform co-op founder",
    bio: "After two years on gig apps, I started Salal Couriers with nine other riders; we now run our own dispatch app and have 30 members. I've made every mistake with pay formulas and learned to fix them at general meetings. Short, practical calls are my thing.",
    application: "Gig workers keep asking how we did it. Half an hour of honest answers could save them a year.",
    timeZone: "America/Vancouver",
    country: "CA",
    languages: ["en", "fr"],
    topics: ["platform-coops", "culture-conflict", "governance"],
    coopName: "Salal Courier Co-op",
    coopUrl: "https://salal-couriers.example.coop",
    meetingUrl: "https://meet.jit.si/candle-theo-marchetti",
    status: "approved",
    limits: { sessionMinutes: 30, bufferMinutes: 10, minNoticeHours: 12, horizonDays: 28, maxPerWeek: 5 },
    weekly: [
      { weekday: 2, start: "17:00", end: "19:00" },
      { weekday: 4, start: "12:00", end: "13:00" },
    ],
  },
  {
    email: "taina@marealta.example.org",
    slug: "taina-carvalho-reis",
    displayName: "Tainá Carvalho Reis",
    pronouns: "ela/she",
    headline: "Coordinator of a waste pickers' co-operative in São Paulo",
    bio: "I joined Maré Alta as a picker and now coordinate our 55 members and two sorting sheds. I've negotiated contracts with the city and shared out income in good months and bad. I can talk about keeping a big, busy membership involved and about money when margins are thin.",
    application: "Catadores built co-ops out of nothing. I want founders to know that is possible, and how.",
    timeZone: "America/Sao_Paulo",
    country: "BR",
    languages: ["pt-BR", "es"],
    topics: ["finance-funding", "culture-conflict", "governance"],
    coopName: "Cooperativa de Catadores Maré Alta",
    coopUrl: "https://marealta.example.org",
    meetingUrl: "https://bbb.example.coop/rooms/taina-carvalho-reis",
    status: "approved",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 2 },
    weekly: [
      { weekday: 3, start: "19:00", end: "21:00" },
      { weekday: 6, start: "09:30", end: "11:30" },
    ],
  },
  {
    email: "dara@halfmoon-sound.example.net",
    slug: "dara-fitzgerald-nwosu",
    displayName: "Dara Fitzgerald-Nwosu",
    pronouns: "they/them",
    headline: "Sound engineer in a Dublin audio production co-op",
    bio: "I'm one of six worker-owners at Half Moon Sound, where we record podcasts and score short films. We started as freelancers sharing a studio and turned that into a co-op in 2021. I can talk about moving from freelance to shared ownership and dividing creative work fairly.",
    application: "I only found out worker co-ops existed by chance. I'd like to be the chance for someone else.",
    timeZone: "Europe/Dublin",
    country: "IE",
    languages: ["en", "ga"],
    topics: ["tech-coops", "culture-conflict"],
    coopName: "Half Moon Sound Co-operative",
    coopUrl: "https://halfmoon-sound.example.net",
    meetingUrl: "https://meet.jit.si/candle-dara-fitzgerald-nwosu",
    status: "pending",
    limits: { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 42, maxPerWeek: 2 },
    weekly: [{ weekday: 3, start: "19:00", end: "21:00" }],
  },
];

/**
 * A booking is placed on the `occurrence`-th start of one of the mentor's weekly
 * rules counted from now (0 = nearest), backwards for the past, forwards for the future.
 */
export interface DemoBooking {
  mentor: string;
  when: "past" | "future";
  occurrence: number;
  status: BookingStatus;
  founderName: string;
  founderEmail: string;
  founderCountry: string;
  coopStage: CoopStage;
  message: string;
  topics: DemoTopicSlug[];
  cancelReason?: string;
}

export const DEMO_BOOKINGS: DemoBooking[] = [
  {
    mentor: "rosa-pennington",
    when: "past",
    occurrence: 1,
    status: "held",
    founderName: "Imogen Tull",
    founderEmail: "imogen@example.com",
    founderCountry: "GB",
    coopStage: "converting",
    message: "Our owner is retiring next year and has offered the café to the five of us. Where do we even start with a valuation?",
    topics: ["conversions", "finance-funding"],
  },
  {
    mentor: "marcus-delacroix-hill",
    when: "past",
    occurrence: 2,
    status: "no_show",
    founderName: "Devon Park",
    founderEmail: "devon.park@example.com",
    founderCountry: "US",
    coopStage: "forming_group",
    message: "We're four cleaners thinking about a co-op and want to understand what a board does.",
    topics: ["governance"],
  },
  {
    mentor: "haruto-mizushima",
    when: "past",
    occurrence: 0,
    status: "cancelled_by_founder",
    founderName: "Yui Sakamoto",
    founderEmail: "yui.sakamoto@example.com",
    founderCountry: "JP",
    coopStage: "idea",
    message: "Three of us at a game studio want to start our own co-op. Is the worker co-op law a good fit for us?",
    topics: ["legal-structures", "tech-coops"],
    cancelReason: "Our team meeting moved to the same evening, sorry!",
  },
  {
    mentor: "priya-raghunathan",
    when: "past",
    occurrence: 1,
    status: "expired",
    founderName: "Arjun Menon",
    founderEmail: "arjun.menon@example.com",
    founderCountry: "IN",
    coopStage: "idea",
    message: "Drivers in our city want an app of our own. How did you fund yours?",
    topics: ["platform-coops"],
  },
  {
    mentor: "amani-wekesa",
    when: "past",
    occurrence: 0,
    status: "held",
    founderName: "Halima Oduya",
    founderEmail: "halima@example.com",
    founderCountry: "TZ",
    coopStage: "forming_group",
    message: "Our village wants to share one fibre connection. Should the network be a co-op of users or of the people who run it?",
    topics: ["community-networks"],
  },
  {
    mentor: "rosa-pennington",
    when: "future",
    occurrence: 0,
    status: "confirmed",
    founderName: "Callum Reid",
    founderEmail: "callum.reid@example.com",
    founderCountry: "GB",
    coopStage: "converting",
    message: "We run a bike shop and the founder wants to sell to staff. Could we talk about member loans?",
    topics: ["conversions", "finance-funding"],
  },
  {
    mentor: "marcus-delacroix-hill",
    when: "future",
    occurrence: 1,
    status: "confirmed",
    founderName: "Rosalind Ortiz",
    founderEmail: "rosalind.ortiz@example.com",
    founderCountry: "US",
    coopStage: "incorporating",
    message: "We're filing soon and our bylaws draft has a lot of questions in the margins.",
    topics: ["legal-structures", "governance"],
  },
  {
    mentor: "lucia-ferreyra",
    when: "future",
    occurrence: 0,
    status: "confirmed",
    founderName: "Mateo Giménez",
    founderEmail: "mateo.gimenez@example.com",
    founderCountry: "UY",
    coopStage: "converting",
    message: "La fábrica cerró y queremos seguir produciendo como cooperativa. ¿Cómo organizaron las primeras semanas?",
    topics: ["conversions", "culture-conflict"],
  },
  {
    mentor: "priya-raghunathan",
    when: "future",
    occurrence: 0,
    status: "confirmed",
    founderName: "Sunita Das",
    founderEmail: "sunita.das@example.com",
    founderCountry: "IN",
    coopStage: "forming_group",
    message: "We are 30 beauticians who want to share bookings. How did you decide who sits on the committee?",
    topics: ["platform-coops", "governance"],
  },
  {
    mentor: "jonas-albrecht",
    when: "future",
    occurrence: 0,
    status: "pending",
    founderName: "Lena Vogt",
    founderEmail: "lena.vogt@example.com",
    founderCountry: "AT",
    coopStage: "idea",
    message: "Four freelance developers, one idea: a co-op. Is an eG too heavy for us?",
    topics: ["tech-coops", "legal-structures"],
  },
  {
    mentor: "aroha-whaanga-reid",
    when: "future",
    occurrence: 1,
    status: "confirmed",
    founderName: "Tom Fale",
    founderEmail: "tom.fale@example.com",
    founderCountry: "NZ",
    coopStage: "running",
    message: "Our co-op is two years old and meetings have become tense. How do you handle conflict?",
    topics: ["culture-conflict"],
  },
  {
    mentor: "amani-wekesa",
    when: "future",
    occurrence: 1,
    status: "confirmed",
    founderName: "Baraka Otieno",
    founderEmail: "baraka.otieno@example.com",
    founderCountry: "KE",
    coopStage: "incorporating",
    message: "We are registering a community ISP co-op and need to understand licensing and equipment loans.",
    topics: ["community-networks", "finance-funding"],
  },
];
