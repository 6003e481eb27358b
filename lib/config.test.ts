import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";

describe("parseConfig", () => {
  it("needs nothing for a local run", () => {
    const config = parseConfig({});
    expect(config.database.provider).toBe("sqlite");
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.defaultTimeZone).toBe("UTC");
    expect(config.secret.length).toBeGreaterThanOrEqual(16);
  });

  it("keeps personal data for documented default periods, each configurable in whole days", () => {
    expect(parseConfig({}).retention).toEqual({ emailDays: 7, unconfirmedDays: 7, bookingDays: 180 });
    expect(parseConfig({ RETENTION_EMAIL_DAYS: "0", RETENTION_BOOKING_DAYS: "365" }).retention).toMatchObject({ emailDays: 0, bookingDays: 365 });
    expect(() => parseConfig({ RETENTION_BOOKING_DAYS: "-1" })).toThrow(/RETENTION_BOOKING_DAYS/);
    expect(() => parseConfig({ RETENTION_UNCONFIRMED_DAYS: "a week" })).toThrow(/RETENTION_UNCONFIRMED_DAYS/);
  });

  it("derives the public URL from PORT and trims a trailing slash from PUBLIC_URL", () => {
    expect(parseConfig({ PORT: "3001" }).publicUrl).toBe("http://localhost:3001");
    expect(parseConfig({ PUBLIC_URL: "https://candle.example.coop/" }).publicUrl).toBe("https://candle.example.coop");
  });

  it("reads the calendar settings: 15-minute reads, 5 failures before an email, private hosts refused unless set to 1", () => {
    expect(parseConfig({}).calendars).toEqual({
      refreshMs: 900_000,
      failuresBeforeEmail: 5,
      fetchTimeoutMs: 15_000,
      maxBytes: 5 * 1024 * 1024,
      allowPrivateHosts: false,
    });
    expect(parseConfig({ CALENDAR_ALLOW_PRIVATE_HOSTS: "1", CALENDAR_REFRESH_MINUTES: "5" }).calendars).toMatchObject({
      allowPrivateHosts: true,
      refreshMs: 300_000,
    });
    expect(() => parseConfig({ CALENDAR_ALLOW_PRIVATE_HOSTS: "yes" })).toThrow(/CALENDAR_ALLOW_PRIVATE_HOSTS/);
    expect(() => parseConfig({ CALENDAR_REFRESH_MINUTES: "0" })).toThrow(/CALENDAR_REFRESH_MINUTES/);
  });

  it("names every bad setting in one message", () => {
    expect(() => parseConfig({ SMTP_URL: "http://mail", PORT: "eighty", DEFAULT_TIME_ZONE: "Mars/Olympus" })).toThrow(
      /SMTP_URL[\s\S]*PORT|PORT[\s\S]*SMTP_URL/,
    );
    expect(() => parseConfig({ DEFAULT_TIME_ZONE: "Mars/Olympus" })).toThrow(/DEFAULT_TIME_ZONE: must be an IANA time zone/);
  });

  it("requires a real secret in production and with PostgreSQL, where instances must share it", () => {
    expect(() => parseConfig({ NODE_ENV: "production" }).secret).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(() => parseConfig({ NODE_ENV: "development", DATABASE_URL: "postgresql://db/candle" }).secret).toThrow(
      /NEXTAUTH_SECRET: required in production and with PostgreSQL/,
    );
    expect(() => parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/at least 16/);
    expect(parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "a-long-enough-secret-value" }).secret).toBe("a-long-enough-secret-value");
  });

  it("reads reminder times as whole minutes before the session, largest first; empty turns reminders off", () => {
    expect(parseConfig({}).reminderLeadMinutes).toEqual([1440, 60]);
    expect(parseConfig({ REMINDER_HOURS: "1, 48, 0.5, 1" }).reminderLeadMinutes).toEqual([2880, 60, 30]);
    expect(parseConfig({ REMINDER_HOURS: "" }).reminderLeadMinutes).toEqual([]);
    expect(() => parseConfig({ REMINDER_HOURS: "24,soon" })).toThrow(/REMINDER_HOURS: must list hours/);
    expect(() => parseConfig({ REMINDER_HOURS: "-1" })).toThrow(/REMINDER_HOURS/);
  });
});
