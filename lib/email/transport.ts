import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { toMailOptions, type QueuedEmail } from "./message";

export interface MailTransport {
  deliver(email: QueuedEmail): Promise<void>;
  /** Human-readable destination, for logs. */
  readonly describe: string;
}

export interface TransportSettings {
  from: string;
  smtpUrl?: string;
  outboxDir: string;
}

/** SMTP when SMTP_URL is set; otherwise .eml files in a folder anyone can open. */
export function createMailTransport(settings: TransportSettings): MailTransport {
  if (settings.smtpUrl) {
    const smtp = nodemailer.createTransport(settings.smtpUrl);
    const url = new URL(settings.smtpUrl);
    return {
      describe: `SMTP ${url.hostname}:${url.port || "(default port)"}`,
      async deliver(email) {
        await smtp.sendMail(toMailOptions(email, settings.from));
      },
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    describe: `files in ${settings.outboxDir}`,
    async deliver(email) {
      const { message } = await files.sendMail(toMailOptions(email, settings.from));
      await mkdir(settings.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.id}.eml`;
      await writeFile(path.join(settings.outboxDir, name), message as Buffer);
    },
  };
}
