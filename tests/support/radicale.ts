import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A port the OS has just handed out and let go. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A real Radicale CalDAV server (Debian's package) on a free local port, with
 * storage in a temporary folder: without authentication (any user name signs in),
 * or with plain-text htpasswd users.
 */
export async function startRadicale(users?: Record<string, string>) {
  const folder = mkdtempSync(path.join(tmpdir(), "candle-radicale-"));
  const port = await freePort();
  const auth = ["--auth-type=none"];
  if (users) {
    const file = path.join(folder, "users");
    writeFileSync(
      file,
      Object.entries(users)
        .map(([user, password]) => `${user}:${password}\n`)
        .join(""),
    );
    auth.splice(0, 1, "--auth-type=htpasswd", `--auth-htpasswd-filename=${file}`, "--auth-htpasswd-encryption=plain");
  }
  const child = spawn(
    "radicale",
    ["--config", "", `--storage-filesystem-folder=${path.join(folder, "collections")}`, `--server-hosts=127.0.0.1:${port}`, ...auth, "--logging-level=warning"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${url}/.web/`);
      break;
    } catch {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`Radicale did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const authorise = (user: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${users?.[user] ?? "app-password"}`).toString("base64")}` });
  return {
    url,
    async createCalendar(user: string, name: string, displayName: string) {
      const body = `<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${displayName}</D:displayname></D:prop></D:set></C:mkcalendar>`;
      const response = await fetch(`${url}/${user}/${name}/`, { method: "MKCALENDAR", headers: authorise(user), body });
      if (response.status !== 201) throw new Error(`MKCALENDAR ${response.status}`);
    },
    async putEvent(user: string, calendar: string, uid: string, ics: string) {
      const response = await fetch(`${url}/${user}/${calendar}/${uid}.ics`, {
        method: "PUT",
        headers: { ...authorise(user), "content-type": "text/calendar" },
        body: ics,
      });
      if (response.status !== 201 && response.status !== 204) throw new Error(`PUT ${response.status}: ${await response.text()}`);
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
