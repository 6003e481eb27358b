import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/mutations";
import { deliverDueEmails } from "@/lib/email/sender";
import { createMailTransport } from "@/lib/email/transport";
import { startTestSmtpServer } from "../support/smtp";

// Time scaled down a hundredfold: a one-second lease against an SMTP server that
// takes 0.3 s for most messages and 1.5 s (longer than the lease) for some, as a
// two-minute lease would face a server taking tens of seconds.
vi.mock("@/lib/email/retry", async (original) => ({ ...(await original<typeof import("@/lib/email/retry")>()), CLAIM_MS: 1_000 }));

describe("two senders and a slow SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer({ delayMs: (mail) => (mail.subject?.endsWith("0") ? 1_500 : 300) });
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await db.outboxEmail.updateMany({ where: { sentAt: null }, data: { sentAt: new Date(0) } });
  });

  it("deliver each of 60 queued messages exactly once", { timeout: 60_000 }, async () => {
    const to = `lease-${Date.now()}@example.com`;
    for (let n = 1; n <= 60; n++) await enqueueEmail({ to, subject: `message ${n}`, text: "t", html: "<p>t</p>" });
    const senders = [1, 2].map(() => createMailTransport({ from: "candle@example.org", smtpUrl: smtp.url, outboxDir: "unused" }));

    const reports = await Promise.all(senders.map((transport) => deliverDueEmails(transport)));

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(60);
    expect(reports.every((report) => report.sent > 0)).toBe(true);
    const subjects = smtp.received.filter((mail) => JSON.stringify(mail.to).includes(to)).map((mail) => mail.subject);
    expect(subjects).toHaveLength(60);
    expect(new Set(subjects).size).toBe(60);
    expect(await db.outboxEmail.count({ where: { to, sentAt: null } })).toBe(0);
  });
});
