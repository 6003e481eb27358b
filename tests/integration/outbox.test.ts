import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/mutations";
import { deliverDueEmails } from "@/lib/email/sender";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/email/retry";
import { createMailTransport } from "@/lib/email/transport";
import { startTestSmtpServer } from "../support/smtp";

const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST", "END:VCALENDAR", ""].join("\r\n");

describe("the outbox", () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  // Other test files queue mail in this database too; these tests count only their own.
  beforeEach(async () => {
    await db.outboxEmail.updateMany({ where: { sentAt: null }, data: { sentAt: new Date(0) } });
  });

  it("keeps mail while SMTP refuses it and delivers it with backoff once SMTP accepts", async () => {
    const transport = createMailTransport({ from: "Candle <candle@example.org>", smtpUrl: smtp.url, outboxDir: "unused" });
    const to = `retry-${Date.now()}@example.com`;
    const id = (await enqueueEmail({ to, subject: "Your session", text: "Plain", html: "<p>Rich</p>", invite: { method: "REQUEST", ics } }))!;

    smtp.refuse(true);
    const start = new Date();
    expect(await deliverDueEmails(transport, start)).toEqual({ sent: 0, failed: 1, dropped: 0 });
    const failed = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, lockedUntil: null });
    expect(failed.lastError).toMatch(/451|try later/);
    expect(failed.nextAttemptAt.getTime()).toBe(start.getTime() + 30_000);

    smtp.refuse(false);
    expect(await deliverDueEmails(transport, new Date(start.getTime() + 10_000))).toEqual({ sent: 0, failed: 0, dropped: 0 });

    const later = new Date(start.getTime() + 31_000);
    expect(await deliverDueEmails(transport, later)).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 2, sentAt: later, lastError: null });

    const mail = await smtp.waitFor(to);
    expect(mail.subject).toBe("Your session");
    expect(mail.text?.trim()).toBe("Plain");
    expect(mail.html).toContain("<p>Rich</p>");
    const attachment = mail.attachments.find((part) => part.filename === "invite.ics");
    expect(attachment?.content.toString()).toBe(ics);
    const calendarPart = mail.attachments.find((part) => part.contentType === "text/calendar");
    expect(calendarPart?.headers.get("content-type")).toMatchObject({ params: { method: "REQUEST" } });

    expect(await deliverDueEmails(transport, new Date(later.getTime() + 60_000))).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(smtp.received.filter((message) => JSON.stringify(message.to).includes(to))).toHaveLength(1);
  });

  it("never hands one message to two senders at once", async () => {
    const transport = createMailTransport({ from: "candle@example.org", smtpUrl: smtp.url, outboxDir: "unused" });
    const to = `once-${Date.now()}@example.com`;
    await Promise.all(Array.from({ length: 5 }, (_, n) => enqueueEmail({ to, subject: `n${n}`, text: "t", html: "<p>t</p>" })));
    const now = new Date();
    const reports = await Promise.all([deliverDueEmails(transport, now), deliverDueEmails(transport, now), deliverDueEmails(transport, now)]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(5);
    await smtp.waitFor(to);
    await expect.poll(() => smtp.received.filter((message) => JSON.stringify(message.to).includes(to)).length).toBe(5);
  });

  it("gives a message up after its last attempt and never tries it again", async () => {
    const transport = createMailTransport({ from: "candle@example.org", smtpUrl: smtp.url, outboxDir: "unused" });
    const to = `given-up-${Date.now()}@example.com`;
    const id = (await enqueueEmail({ to, subject: "Last try", text: "t", html: "<p>t</p>" }))!;
    await db.outboxEmail.update({ where: { id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });

    smtp.refuse(true);
    try {
      expect(await deliverDueEmails(transport, new Date())).toEqual({ sent: 0, failed: 1, dropped: 0 });
    } finally {
      smtp.refuse(false);
    }
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });
    expect(await deliverDueEmails(transport, new Date(Date.now() + 7 * 24 * 3_600_000))).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(smtp.received.some((message) => JSON.stringify(message.to).includes(to))).toBe(false);
  });

  it("writes .eml files when no SMTP server is configured", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "candle-outbox-"));
    try {
      const transport = createMailTransport({ from: "candle@example.org", outboxDir: dir });
      const to = `file-${Date.now()}@example.com`;
      await enqueueEmail({ to, subject: "Saved locally", text: "Hello", html: "<p>Hello</p>" });
      expect((await deliverDueEmails(transport, new Date())).sent).toBeGreaterThanOrEqual(1);
      const files = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), "utf8"));
      const mine = files.find((content) => content.includes(to));
      expect(mine).toMatch(/^Subject: Saved locally$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
