// `npm start`: installs, migrates, seeds, builds and serves — each step only when needed.
// Honours PORT and DATABASE_URL (and .env), so several copies can run side by side.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded, ensureAuthSecret, installIfNeeded, loadDotEnv, prepareDatabase, root } from "./steps.mjs";

loadDotEnv();
const port = process.env.PORT || "3000";
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
// The bare quick start (no database or address of its own) gets demo data; a deployment only by asking.
const quickStart = !process.env.DATABASE_URL && !process.env.PUBLIC_URL;
const env = {
  ...(quickStart ? { SEED_DEMO_DATA: "1" } : {}),
  ...process.env,
  PORT: port,
  PUBLIC_URL: publicUrl,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || publicUrl,
  NEXTAUTH_SECRET: secretOrExit(),
};

function secretOrExit() {
  try {
    return ensureAuthSecret(process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

installIfNeeded();
prepareDatabase(env);
buildIfNeeded(env);

console.log(`Candle is starting on ${publicUrl}`);
if (!env.SMTP_URL) console.log(`Mail is written to ${path.resolve(root, env.OUTBOX_DIR || "data/outbox")} (set SMTP_URL to send it).`);
const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
