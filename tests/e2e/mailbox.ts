import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "./env";

function recipients(mail: ParsedMail): string {
  const to = mail.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.text).join(", ");
}

/**
 * Waits for a message to `to` (whose subject matches, if given) to reach the test
 * SMTP server; with `since`, only one that arrived after that time.
 */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 20_000, since = 0): Promise<ParsedMail> {
  return waitForMailIn(E2E_MAIL_DIR, to, subject, timeoutMs, since);
}

/** waitForMail for the SMTP server of another e2e server (its mail folder). */
export async function waitForMailIn(directory: string, to: string, subject?: RegExp, timeoutMs = 20_000, since = 0): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(directory)
      .filter((file) => Number(file.split("-")[0]) >= since)
      .sort();
    for (const file of files) {
      const mail = await simpleParser(readFileSync(path.join(directory, file)));
      if (recipients(mail).includes(to) && (!subject || subject.test(mail.subject ?? ""))) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a message's text that goes to the given path. */
export function linkIn(mail: ParsedMail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${pathPrefix} link in:\n${mail.text}`);
  return match[0];
}

/** The calendar file attached to a message. */
export function inviteIn(mail: ParsedMail): string {
  const attachment = mail.attachments.find((part) => part.filename?.endsWith(".ics"));
  if (!attachment) throw new Error("no .ics attachment");
  return attachment.content.toString("utf8");
}
