// The production server: Next.js behind a thin Node HTTP server that works out who
// is asking. Next only writes X-Forwarded-For when a request arrives without one,
// so that header alone is whatever the client chose to send. Here the visitor's
// address is taken from the connection itself, or from the right-hand end of
// X-Forwarded-For through exactly TRUSTED_PROXIES proxies, and handed to the app
// in a header no client can set (an incoming copy is dropped).
//
//   node scripts/serve.mjs [port] [hostname]
import { createServer } from "node:http";
import { isIP } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const CLIENT_ADDRESS_HEADER = "x-candle-client-address";

/**
 * The visitor's address. Each trusted proxy appends the address that connected to
 * it, and the last one is the connection's peer; entries further left are only
 * what the client claimed. A proxy that sent no header leaves its own address.
 */
export function resolveClientAddress(forwardedFor, peer, trustedProxies) {
  const hops = [
    ...String(forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer || "unknown",
  ];
  if (trustedProxies === 0) return hops.at(-1);
  // Some proxies write "ip:port" or "[ipv6]:port"; the port changes with every connection.
  return bareAddress(hops.at(-1 - trustedProxies) ?? hops[0]) ?? peer ?? "unknown";
}

function bareAddress(entry) {
  if (isIP(entry)) return entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry)?.[1];
  if (bracketed && isIP(bracketed)) return bracketed;
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry)?.[1];
  return withPort && isIP(withPort) ? withPort : undefined;
}

/**
 * A request's path as it may be logged: no query string, and no segment that
 * could be a secret (emailed links and calendar feeds carry tokens in the path).
 */
export function loggablePath(url) {
  const path = String(url ?? "/").split(/[?#]/)[0] || "/";
  return (
    path
      .split("/")
      // Long segments are secrets unless they read as a slug or a zone (lower-case words and hyphens, or Capitalised_Words).
      .map((segment) => (segment.length >= 20 && !/^([a-z]+(-[a-z0-9]+)*|[A-Z][a-z]+(_[A-Z][a-z]+)*)$/.test(segment) ? ":secret" : segment))
      .join("/")
  );
}

export function parseTrustedProxies(value) {
  const text = (value ?? "").trim() || "0";
  if (!/^[0-5]$/.test(text)) throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 5 (got "${value}")`);
  return Number(text);
}

async function main() {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const hostname = process.argv[3] ?? process.env.HOSTNAME ?? undefined;
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  // Next normalises a loopback host to "localhost" in the proxy's URLs but not in its
  // own: given "127.0.0.1", it takes the proxy's rewrite of /mentors to /en/mentors
  // for another origin and answers with a redirect to itself (vercel/next.js#94745).
  const loopback = hostname === "127.0.0.1" || hostname === "::1" || hostname === "[::1]";
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: loopback ? "localhost" : hostname, port });
  const handle = app.getRequestHandler();
  // Listening for other instances' cache revalidations before the first request.
  const { cacheBus } = await import("../lib/cache/handler.mjs");
  await cacheBus().start();
  await app.prepare();

  const server = createServer((request, response) => {
    const forwarded = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      request.socket.remoteAddress,
      trustedProxies,
    );
    const started = performance.now();
    // One line per failed request, without the address, the query or anything secret.
    response.once("finish", () => {
      if (response.statusCode < 500) return;
      console.error(
        JSON.stringify({
          at: new Date().toISOString(),
          event: "request-failed",
          method: request.method,
          path: loggablePath(request.url),
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        }),
      );
    });
    void handle(request, response);
  });
  server.listen(port, hostname, () => {
    console.log(
      `Candle is serving on http://${hostname ?? "localhost"}:${port}${trustedProxies ? ` behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}` : ""}`,
    );
  });
  // Graceful shutdown: stop taking requests, let those under way finish, let the
  // background work finish what it is doing (a message being sent keeps its
  // lease only until it is sent), then exit. After 10 s, exit regardless.
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ at: new Date().toISOString(), event: "shutdown", signal }));
    setTimeout(() => process.exit(1), 10_000).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await Promise.all([closed, globalThis.candleStopBackgroundWork?.()]);
    await cacheBus().close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
