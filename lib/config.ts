import path from "node:path";
import { z } from "zod";
import { resolveDatabaseTarget } from "./db/provider";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

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
  NEXTAUTH_SECRET: optionalText,
});

export type AppConfig = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const values = result.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, "");
  return {
    env: values.NODE_ENV,
    database: resolveDatabaseTarget(values.DATABASE_URL),
    publicUrl,
    mail: {
      from: values.MAIL_FROM,
      smtpUrl: values.SMTP_URL,
      outboxDir: path.resolve(values.OUTBOX_DIR),
    },
    authSecret: values.NEXTAUTH_SECRET,
  };
}

export const config = parseConfig(process.env);
