import "server-only";
import { config } from "../config";
import { claimNextDueEmail, dropEmail, recordDelivery, recordFailure, renewEmailLease } from "./mutations";
import { CLAIM_MS } from "./retry";
import { createMailTransport, type MailTransport } from "./transport";

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Undelivered by the time they stopped being useful (a reminder once its session started). */
  dropped: number;
}

/**
 * Sends every due message once; failures are rescheduled with backoff. Each
 * message is claimed just before it goes and its lease renewed while SMTP takes
 * its time, so another instance never sends a message this one is still sending.
 * `now` is a clock (a fixed date in tests that move time by hand).
 */
export async function deliverDueEmails(
  transport: MailTransport,
  now: Date | (() => Date) = () => new Date(),
  shouldStop: () => boolean = () => false,
  leaseMs = CLAIM_MS,
): Promise<DeliveryReport> {
  const clock = typeof now === "function" ? now : () => now;
  const report = { sent: 0, failed: 0, dropped: 0 };
  while (!shouldStop()) {
    const email = await claimNextDueEmail(clock(), leaseMs);
    if (!email) return report;
    if (email.discardAfter && email.discardAfter <= clock()) {
      await dropEmail(email.id);
      console.log(JSON.stringify({ at: clock().toISOString(), job: "outbox", event: "email-dropped", purpose: email.purpose, attempts: email.attempts }));
      report.dropped++;
      continue;
    }
    const renewal = setInterval(() => void renewEmailLease(email.id, clock(), leaseMs).catch(() => {}), leaseMs / 3);
    try {
      await transport.deliver(email);
      clearInterval(renewal);
      await recordDelivery(email.id, clock());
      report.sent++;
    } catch (error) {
      clearInterval(renewal);
      await recordFailure(email.id, email.attempts + 1, error instanceof Error ? error.message : String(error), clock());
      report.failed++;
    }
  }
  return report;
}

const state = globalThis as unknown as {
  candleOutbox?: { transport: MailTransport; running: Promise<void> | null; timer?: NodeJS.Timeout; stopped?: boolean };
};

function outbox() {
  state.candleOutbox ??= { transport: createMailTransport(config.mail), running: null };
  return state.candleOutbox;
}

/** Drains the outbox now (coalescing concurrent calls); never throws. */
export function flushOutbox(): Promise<void> {
  const box = outbox();
  if (box.stopped) return Promise.resolve();
  box.running ??= deliverDueEmails(box.transport, undefined, () => box.stopped === true, config.outboxLeaseMs)
    .then(
      () => undefined,
      // The error's name only: a database error's message can quote the message it was writing.
      (error: unknown) =>
        console.error(JSON.stringify({ at: new Date().toISOString(), job: "outbox", ok: false, error: error instanceof Error ? error.name : "unknown" })),
    )
    .finally(() => {
      box.running = null;
    });
  return box.running;
}

/** Stops taking new mail from the outbox and waits for the message being sent, so its lease ends with it. */
export async function stopOutboxSender() {
  const box = state.candleOutbox;
  if (!box) return;
  if (box.timer) clearInterval(box.timer);
  box.timer = undefined;
  box.stopped = true;
  await box.running;
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
