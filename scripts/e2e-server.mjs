// Serves a production build on a fresh SQLite database with the demo data, for Playwright.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, prepareDatabase, root } from "./steps.mjs";

const port = process.argv[2] ?? "3100";
const artifacts = path.join(root, "tests/.artifacts");
const database = path.join(artifacts, `e2e-${port}.db`);
mkdirSync(artifacts, { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });

const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  DATABASE_URL: `file:${database}`,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-that-signs-nothing-real",
  OUTBOX_DIR: path.join(artifacts, `e2e-outbox-${port}`),
};

buildIfNeeded();
prepareDatabase(env);
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
