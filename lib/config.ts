import path from "node:path";
import { z } from "zod";
import { resolveDatabaseTarget } from "./db/provider";
import { CLAIM_MS } from "./email/retry";
import { canonicalTimeZone } from "./format/zones";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const retentionDays = (fallback: number) => z.coerce.number().int().min(0).max(3650).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: optionalText,
  /** Where people reach the app; used in every link we email. */
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().trim().min(3).default("Candle <candle@localhost>"),
  /** Without SMTP_URL, mail is written here as .eml files. */
  OUTBOX_DIR: z.string().default("data/outbox"),
  NEXTAUTH_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  /** Bookings one network may make per hour. */
  BOOKING_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(10),
  LINK_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  /** How often each instance expires holds and refreshes next free slots (each due item is done once, by one instance). */
  HOUSEKEEPING_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** How long an instance may hold a message it is sending (renewed while it sends) before another may take it over. */
  OUTBOX_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(3)
    .max(3600)
    .default(CLAIM_MS / 1000),
  /** Hours after a session ends that the volunteer is asked whether it took place and the founder for feedback; 0 for never. */
  FOLLOW_UP_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 7)
    .default(2),
  /** Hours before a confirmed session that both people are reminded, comma-separated; empty for none. */
  REMINDER_HOURS: z
    .string()
    .default("24,1")
    .transform((text, context) => {
      const hours = text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
        .map(Number);
      if (hours.some((value) => !Number.isFinite(value) || value <= 0 || value > 24 * 60)) {
        context.addIssue({ code: "custom", message: "must list hours before the session, between 0 and 1440 (60 days), such as 24,1" });
        return z.NEVER;
      }
      // Whole minutes, largest first, each once.
      return [...new Set(hours.map((value) => Math.round(value * 60)))].filter((minutes) => minutes > 0).sort((a, b) => b - a);
    }),
  /** Days after an email is sent (or given up on) that its body is erased; the recipient's pseudonym, a shortened subject and the times stay. */
  RETENTION_EMAIL_DAYS: retentionDays(7),
  /** Days after an unconfirmed hold or request lapses that the founder's details in it are erased. */
  RETENTION_UNCONFIRMED_DAYS: retentionDays(7),
  /** Days after a session ends that the founder's name, address, words, co-founders and feedback comment are erased. */
  RETENTION_BOOKING_DAYS: retentionDays(180),
  /** Minutes a "My data" link stays usable. */
  DATA_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  /** Minutes between reads of each volunteer's own calendar. */
  CALENDAR_REFRESH_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Consecutive failed reads after which the volunteer is emailed (once); busy times stay as last read. */
  CALENDAR_FAILURES_BEFORE_EMAIL: z.coerce.number().int().min(1).max(1000).default(5),
  /** How long one calendar read may take, whole response included. */
  CALENDAR_FETCH_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(15),
  /** Largest calendar read, in megabytes. */
  CALENDAR_MAX_MEGABYTES: z.coerce.number().min(0.001).max(100).default(5),
  /** 1 lets calendars be read from loopback and private networks (a calendar server beside Candle, tests); off by default. */
  CALENDAR_ALLOW_PRIVATE_HOSTS: z
    .enum(["0", "1", "true", "false", ""])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  DEFAULT_TIME_ZONE: z
    .string()
    .default("UTC")
    .transform((zone) => canonicalTimeZone(zone) ?? "")
    .refine(Boolean, "must be an IANA time zone such as Europe/London"),
});

function developmentSecret(env: string, provider: string) {
  if (env === "production" || provider === "postgres") {
    throw new Error(
      "Invalid configuration:\n  NEXTAUTH_SECRET: required in production and with PostgreSQL, the same on every instance (npm start generates one for a local SQLite run)",
    );
  }
  return "development-only-secret-not-for-production";
}

export type AppConfig = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const values = result.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, "");
  const database = resolveDatabaseTarget(values.DATABASE_URL);
  return {
    env: values.NODE_ENV,
    database,
    publicUrl,
    mail: {
      from: values.MAIL_FROM,
      smtpUrl: values.SMTP_URL,
      outboxDir: path.resolve(values.OUTBOX_DIR),
    },
    /**
     * Signs sessions, form tokens, proof-of-work challenges and emailed links. Read
     * lazily: `next build` loads this module without the runtime secret.
     */
    get secret() {
      return values.NEXTAUTH_SECRET ?? developmentSecret(values.NODE_ENV, database.provider);
    },
    bookingLimitPerIp: values.BOOKING_LIMIT_PER_IP,
    linkLimitPerIp: values.LINK_LIMIT_PER_IP,
    housekeepingIntervalMs: values.HOUSEKEEPING_INTERVAL_SECONDS * 1000,
    outboxLeaseMs: values.OUTBOX_LEASE_SECONDS * 1000,
    /** Minutes before a confirmed session each reminder is due, largest first. */
    reminderLeadMinutes: values.REMINDER_HOURS,
    /** How long after a session ends both people are asked how it went; null when they are never asked. */
    followUpDelayMs: values.FOLLOW_UP_HOURS > 0 ? Math.round(values.FOLLOW_UP_HOURS * 3_600_000) : null,
    /** How long personal data is kept; the privacy page is written from these same numbers. */
    retention: {
      emailDays: values.RETENTION_EMAIL_DAYS,
      unconfirmedDays: values.RETENTION_UNCONFIRMED_DAYS,
      bookingDays: values.RETENTION_BOOKING_DAYS,
    },
    dataLinkMs: values.DATA_LINK_MINUTES * 60_000,
    calendars: {
      refreshMs: values.CALENDAR_REFRESH_MINUTES * 60_000,
      failuresBeforeEmail: values.CALENDAR_FAILURES_BEFORE_EMAIL,
      fetchTimeoutMs: values.CALENDAR_FETCH_TIMEOUT_SECONDS * 1000,
      maxBytes: Math.round(values.CALENDAR_MAX_MEGABYTES * 1024 * 1024),
      allowPrivateHosts: values.CALENDAR_ALLOW_PRIVATE_HOSTS,
    },
    /** Zone for times shown before the browser has told us its own. */
    defaultTimeZone: values.DEFAULT_TIME_ZONE,
  };
}

export const config = parseConfig(process.env);
