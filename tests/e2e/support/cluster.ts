import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { dropPostgresSchema } from "../../../scripts/database";
import { postgresPoolConfig, resolveDatabaseTarget } from "../../../lib/db/provider";
import { startProxy } from "../../../scripts/bench/proxy";
import { startTestSmtpServer } from "../../support/smtp";

const root = path.resolve(import.meta.dirname, "../../..");

export interface Instance {
  name: string;
  baseURL: string;
  /** Everything the instance printed since it (last) started. */
  log(): string;
  /** The JSON log lines of one kind of job, parsed. */
  jobRuns(job: string): Record<string, unknown>[];
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and database. */
  start(): Promise<void>;
}

export interface Cluster {
  /** The round-robin proxy in front of both instances. */
  baseURL: string;
  instances: [Instance, Instance];
  smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  query<Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

async function waitUntilReady(baseURL: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance at ${baseURL} exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${baseURL}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`instance at ${baseURL} was not ready within 90 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function startInstance(name: string, port: number, env: NodeJS.ProcessEnv): Instance {
  let child: ChildProcess | undefined;
  let output = "";
  const baseURL = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    name,
    baseURL,
    log: () => output,
    jobRuns: (job) =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.job === job),
    async start() {
      output = "";
      const started = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), String(port), "127.0.0.1"], {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      started.stdout!.on("data", (chunk) => (output += chunk));
      started.stderr!.on("data", (chunk) => (output += chunk));
      await waitUntilReady(baseURL, started, () => output);
    },
    async kill(signal) {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill(signal);
      await exited;
    },
  };
  return instance;
}

/**
 * Two production servers from the one build, on one fresh PostgreSQL schema with
 * the demo data, sending mail to one SMTP server, behind a round-robin proxy.
 */
export async function startCluster(postgresUrl: string, ports: [number, number], env: Record<string, string> = {}): Promise<Cluster> {
  const url = new URL(postgresUrl);
  url.searchParams.set("schema", `candle_cluster_${randomBytes(4).toString("hex")}`);
  const databaseUrl = url.toString();
  const smtp = await startTestSmtpServer();
  const names = ["a", "b"] as const;
  const instances: Instance[] = [];
  const upstreams: { name: string; baseUrl: string }[] = [];
  const proxy = await startProxy(upstreams);
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: proxy.baseUrl,
    NEXTAUTH_URL: proxy.baseUrl,
    NEXTAUTH_SECRET: "cluster-test-secret-shared-by-both-instances",
    SMTP_URL: smtp.url,
    MAIL_FROM: "Candle <candle@example.org>",
    TRUSTED_PROXIES: "1",
    BOOKING_LIMIT_PER_IP: "1000",
    ...env,
  };
  // Migrations and demo data once, as a deployment runs them once before starting its instances.
  const prepare = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-database.ts"], { cwd: root, env: { ...shared, SEED_DEMO_DATA: "1" } });
  let prepareOutput = "";
  prepare.stderr!.on("data", (chunk) => (prepareOutput += chunk));
  const code = await new Promise((resolve) => prepare.once("exit", resolve));
  if (code !== 0) throw new Error(`preparing the database failed:\n${prepareOutput}`);

  instances.push(...ports.map((port, index) => startInstance(names[index]!, port, shared)));
  upstreams.push(...instances.map((instance) => ({ name: instance.name, baseUrl: instance.baseURL })));
  await Promise.all(instances.map((instance) => instance.start()));

  const target = resolveDatabaseTarget(databaseUrl);
  if (target.provider !== "postgres") throw new Error("the cluster runs on PostgreSQL");
  const pool = new pg.Pool({ ...postgresPoolConfig(target), max: 2 });
  return {
    baseURL: proxy.baseUrl,
    instances: instances as [Instance, Instance],
    smtp,
    query: async (sql, values) => (await pool.query(sql, values)).rows,
    async stop() {
      await Promise.all(instances.map((instance) => instance.kill("SIGTERM")));
      // Kept for a look after a failure.
      for (const instance of instances) writeFileSync(path.join(root, "tests/.artifacts", `cluster-${instance.name}.log`), instance.log());
      await proxy.close();
      await pool.end();
      await smtp.close();
      await dropPostgresSchema(databaseUrl);
    },
  };
}
