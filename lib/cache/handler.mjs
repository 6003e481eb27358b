// Next's cache handler for Candle: Next's own file-system cache (pages and data
// kept per instance, in memory and on disk), told of every revalidation made on
// any instance. A tag revalidated here is passed to the others with PostgreSQL's
// NOTIFY on a channel of this database and schema; each instance LISTENs and
// expires the same tags in its own cache. On SQLite there is one instance and
// nothing to tell.
//
// Loaded by Next outside the app's bundle (next.config.ts `cacheHandler`) and by
// scripts/serve.mjs at start, so the instance listens before its first request.
// App code reaches the same bus through globalThis (lib/cache/cluster.ts).
import { randomUUID } from "node:crypto";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pg from "pg";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const BUS = Symbol.for("candle.cache-bus");
const LISTENERS = Symbol.for("candle.cache-listeners");
/** Every page carries this implicit tag (revalidatePath("/", "layout")). */
const EVERYTHING = "_N_T_/layout";

/** What app code registered to hear of revalidated tags (in-process caches of their own). */
function listeners() {
  globalThis[LISTENERS] ??= new Set();
  return globalThis[LISTENERS];
}

function expireHere(tags, durations) {
  // The file-system cache's own bookkeeping: a process-wide manifest of tags and when they expired.
  return FileSystemCache.prototype.revalidateTag.call(undefined, tags, durations);
}

function tellListeners(tags) {
  for (const listener of listeners()) {
    try {
      listener(tags);
    } catch (error) {
      console.error(JSON.stringify({ at: new Date().toISOString(), event: "cache-listener-failed", error: error?.name ?? "unknown" }));
    }
  }
}

/** The channel for one database and schema: deployments sharing a server never hear each other. */
export function channelFor(databaseUrl) {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? "public";
  return `candle_cache_${schema}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 63);
}

function postgresConfig(databaseUrl) {
  const url = new URL(databaseUrl);
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), keepAlive: true };
}

const log = (event, fields = {}) => console.log(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));

/**
 * One LISTEN connection per process. If it drops, notices sent meanwhile are
 * lost, so on reconnecting the instance expires everything it has cached.
 */
function createBus(databaseUrl) {
  const origin = randomUUID();
  const postgres = /^postgres(ql)?:/.test(databaseUrl ?? "");
  const channel = postgres ? channelFor(databaseUrl) : undefined;
  let client;
  let connecting;
  let closed = false;
  let failures = 0;
  let everConnected = false;

  const receive = (message) => {
    if (message.channel !== channel || !message.payload) return;
    let notice;
    try {
      notice = JSON.parse(message.payload);
    } catch {
      return;
    }
    if (notice.origin === origin || !Array.isArray(notice.tags)) return;
    const tags = notice.tags.filter((tag) => typeof tag === "string");
    void expireHere(tags, notice.durations ?? undefined);
    tellListeners(tags);
  };

  const connect = () => {
    if (!postgres || closed) return Promise.resolve();
    connecting ??= (async () => {
      const next = new pg.Client(postgresConfig(databaseUrl));
      next.on("notification", receive);
      next.on("error", () => drop(next));
      next.on("end", () => drop(next));
      try {
        await next.connect();
        await next.query(`LISTEN "${channel}"`);
        if (everConnected) {
          // Whatever was revalidated while we were not listening: expire it all.
          await expireHere([EVERYTHING]);
          tellListeners([EVERYTHING]);
        }
        client = next;
        everConnected = true;
        failures = 0;
        log("cache-bus-listening", { channel });
      } catch (error) {
        next.removeAllListeners("end");
        await next.end().catch(() => {});
        retryLater(error);
      } finally {
        connecting = undefined;
      }
    })();
    return connecting;
  };

  const retryLater = (error) => {
    failures += 1;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
    log("cache-bus-unavailable", { error: error?.code ?? error?.name ?? "unknown", retryInMs: delay });
    setTimeout(() => void connect(), delay).unref();
  };

  const drop = (which) => {
    if (client !== which) return;
    client = undefined;
    which.end().catch(() => {});
    if (!closed) retryLater(new Error("connection lost"));
  };

  return {
    origin,
    channel,
    start: connect,
    /** Tells the other instances; this one has already expired the tags itself. */
    async publish(tags, durations) {
      if (!channel || tags.length === 0) return;
      const payload = JSON.stringify({ origin, tags, durations: durations ?? null });
      try {
        if (!client) await connect();
        if (!client) throw new Error("not connected");
        await client.query("SELECT pg_notify($1, $2)", [channel, payload]);
      } catch (error) {
        // The others re-render on their own within each page's revalidate time.
        log("cache-bus-publish-failed", { error: error?.code ?? error?.name ?? "unknown" });
      }
    },
    /** For work outside a request (background jobs): expire here, tell in-process caches, tell the others. */
    async revalidate(tags, durations) {
      await expireHere(tags, durations);
      tellListeners(tags);
      await this.publish(tags, durations);
    },
    async close() {
      closed = true;
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}

/** The process's bus, created (and, on PostgreSQL, connected) on first use. */
export function cacheBus() {
  if (!globalThis[BUS]) {
    globalThis[BUS] = createBus(process.env.DATABASE_URL);
    // `next build` loads this file too; only a running server listens.
    if (process.env.NEXT_PHASE !== "phase-production-build") void globalThis[BUS].start();
  }
  return globalThis[BUS];
}

export default class CandleCacheHandler extends FileSystemCache {
  // A page that rendered "not found" (a made-up mentor address) is not kept: each one would be
  // files on disk and an entry in memory, so a script inventing addresses could fill the disk
  // and push real pages out. Such an address costs one render and one database lookup each time.
  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    await super.revalidateTag(list, durations);
    tellListeners(list);
    await cacheBus().publish(list, durations);
  }
}
