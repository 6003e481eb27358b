import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";

const root = path.resolve(import.meta.dirname, "../../..");

export interface ExtraServer {
  baseURL: string;
  /** Opens the server's SQLite database (close it when done). */
  database(): Database.Database;
  /** A signed-in session for the user with this email, as the cookie header to send. */
  sessionCookie(email: string): string;
  /** Everything the server has written to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the server has stopped. */
  stop(): Promise<number | null>;
}

/**
 * A production server of its own (scripts/e2e-server.mjs on the existing build),
 * with its own fresh demo database and settings, for tests that count rows or
 * spend limits and must not share them with the tests running beside them.
 */
export async function startExtraServer(port: number, env: Record<string, string> = {}): Promise<ExtraServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts/e2e-server.mjs"), String(port)], {
    cwd: root,
    env: { ...process.env, ...env, E2E_SKIP_BUILD: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => {
    errors += chunk;
    output += chunk;
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${errors}`);
    try {
      if ((await fetch(`${baseURL}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const file = path.join(root, "tests/.artifacts", `e2e-${port}.db`);
  const database = () => new Database(file, { timeout: 10_000 });
  return {
    baseURL,
    database,
    output: () => output,
    sessionCookie(email) {
      const db = database();
      try {
        const user = db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string } | undefined;
        if (!user) throw new Error(`no user ${email}`);
        const token = randomBytes(32).toString("base64url");
        const expires = new Date(Date.now() + 86_400_000).toISOString().replace("Z", "+00:00");
        db.prepare(`INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`).run(
          randomBytes(12).toString("hex"),
          token,
          user.id,
          expires,
        );
        return `next-auth.session-token=${token}`;
      } finally {
        db.close();
      }
    },
    stop: () =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}
