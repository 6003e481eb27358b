import "server-only";
import { config } from "../config";
import { claimDueEmails, recordDelivery, recordFailure } from "./mutations";
import { createMailTransport, type MailTransport } from "./transport";

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/** Sends every due message once; failures are rescheduled with backoff. */
export async function deliverDueEmails(transport: MailTransport, now = new Date(), batch = 20): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 };
  for (;;) {
    const emails = await claimDueEmails(now, batch);
    if (emails.length === 0) return report;
    for (const email of emails) {
      try {
        await transport.deliver(email);
        await recordDelivery(email.id, now);
        report.sent++;
      } catch (error) {
        await recordFailure(email.id, email.attempts + 1, error instanceof Error ? error.message : String(error), now);
        report.failed++;
      }
    }
    if (emails.length < batch) return report;
  }
}

const state = globalThis as unknown as { candleOutbox?: { transport: MailTransport; running: Promise<void> | null; timer?: NodeJS.Timeout } };

function outbox() {
  state.candleOutbox ??= { transport: createMailTransport(config.mail), running: null };
  return state.candleOutbox;
}

/** Drains the outbox now (coalescing concurrent calls); never throws. */
export function flushOutbox(): Promise<void> {
  const box = outbox();
  box.running ??= deliverDueEmails(box.transport)
    .then(() => undefined, (error: unknown) => console.error("outbox: delivery round failed", error))
    .finally(() => {
      box.running = null;
    });
  return box.running;
}

/** Started once per server instance: retries whatever is due every few seconds. */
export function startOutboxSender(intervalMs = 10_000) {
  const box = outbox();
  if (box.timer) return;
  console.log(`outbox: delivering mail to ${box.transport.describe}`);
  box.timer = setInterval(() => void flushOutbox(), intervalMs);
  box.timer.unref();
  void flushOutbox();
}
