// Serves a production build on a fresh SQLite database with the demo data, for
// Playwright, with a real SMTP server beside it that keeps every message it is
// sent as an .eml file for the tests to read.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { buildIfNeeded, prepareDatabase, root } from "./steps.mjs";

const port = process.argv[2] ?? "3100";
const smtpPort = Number(port) + 1000;
const artifacts = path.join(root, "tests/.artifacts");
const database = path.join(artifacts, `e2e-${port}.db`);
const mailDir = path.join(artifacts, `e2e-mail-${port}`);
mkdirSync(artifacts, { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      received += 1;
      writeFileSync(path.join(mailDir, `${Date.now()}-${String(received).padStart(4, "0")}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));

const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  DATABASE_URL: `file:${database}`,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-that-signs-nothing-real",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: "Candle <candle@example.org>",
  SEED_DEMO_DATA: "1",
  // Volunteers' calendars in the tests are served by the tests themselves, on 127.0.0.1.
  CALENDAR_ALLOW_PRIVATE_HOSTS: "1",
  // Every test of the shared server books from 127.0.0.1; the tests of the limit itself start a server of their own.
  BOOKING_LIMIT_PER_IP: process.env.BOOKING_LIMIT_PER_IP ?? "1000",
  // Likewise for emailed links: every test presses them from 127.0.0.1.
  LINK_LIMIT_PER_IP: process.env.LINK_LIMIT_PER_IP ?? "1000",
  // Reminders a month ahead: no booking a test makes is agreed that early, so none is reminded unless a test
  // moves its confirmation back (reminders.spec.ts); housekeeping often enough that the reminder comes quickly.
  REMINDER_HOURS: "720",
  HOUSEKEEPING_INTERVAL_SECONDS: "2",
};

// A second server for tests that need their own database or settings serves the build already made.
if (!process.env.E2E_SKIP_BUILD) buildIfNeeded(env);
prepareDatabase(env);
const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), port, "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
const stop = (signal) => {
  server.kill(signal);
  smtp.close();
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
server.on("exit", (code) => {
  smtp.close();
  process.exit(code ?? 0);
});
