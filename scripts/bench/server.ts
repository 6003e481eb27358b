import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { DIST_DIR, root } from "./build";

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** Seconds from spawn until the first page answered (includes start-up housekeeping). */
  startSeconds: number;
  logFile: string;
  /** CPU time the server process has used so far (user + system), in ms: a cost that does not depend on what else the machine runs. */
  cpuMs(): number;
  stop(): Promise<void>;
}

// Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ), 100 on every mainstream build.
const CLOCK_TICKS_PER_SECOND = 100;

function processCpuMs(pid: number): number {
  // Fields after the command name (which may contain spaces), so split after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export interface ServerOptions {
  port: number;
  /** file:… (SQLite) or postgresql://… */
  databaseUrl: string;
  /** Proxies in front of this server (the cluster row). */
  trustedProxies?: number;
  outboxDir: string;
  logFile: string;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

export async function findFreePort(from: number, tries = 50): Promise<number> {
  for (let port = from; port < from + tries; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}–${from + tries - 1}`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The production server (scripts/serve.mjs) on the bench build and database; resolves once a page answers. */
export async function startServer({ port, databaseUrl, outboxDir, logFile, trustedProxies = 0 }: ServerOptions): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  rmSync(outboxDir, { recursive: true, force: true });
  mkdirSync(outboxDir, { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CANDLE_BENCH_PAGES: "1",
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TRUSTED_PROXIES: String(trustedProxies),
    PUBLIC_URL: baseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "bench-only-secret-that-signs-nothing-real",
    // Every benchmark request comes from 127.0.0.1; the configuration allows at most 100,000.
    BOOKING_LIMIT_PER_IP: "100000",
    SMTP_URL: "",
    OUTBOX_DIR: outboxDir,
  };
  const started = performance.now();
  // Its own process group, so stopping it also stops anything it spawned.
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), String(port), "127.0.0.1"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited(child);
    clearTimeout(timer);
    log.end();
  };

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/bench/static`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) {
        const pid = child.pid!;
        return { baseUrl, port, startSeconds: (performance.now() - started) / 1000, logFile, cpuMs: () => processCpuMs(pid), stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 180 s; see ${logFile}`);
}
