import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

/** Why a read failed, in words a volunteer can act on; never the address itself. */
export class FetchError extends Error {
  name = "FetchError";
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /**
   * The operator's setting; anything but false also allows plain http, as a
   * calendar server on the same network rarely has a certificate. A function
   * decides per resolved address.
   */
  allowPrivateHosts: boolean | ((address: string) => boolean);
  maxRedirects?: number;
}

export interface FetchRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent to the first origin only: a redirect elsewhere loses it. */
  auth?: { user: string; password: string };
}

export interface FetchResponse {
  status: number;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

// Loopback, private, carrier-grade NAT, link-local (cloud metadata at
// 169.254.169.254 and fd00:ec2::254 included), unique-local, multicast,
// documentation and reserved ranges: nothing a public calendar lives on.
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv6");

/** Whether an address is one the server must not fetch from (IPv4-mapped IPv6 is read as the IPv4 it carries). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family === 6) return BLOCKED.check(address, "ipv6");
  return true;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Resolves for the socket itself, so the address checked is the address
 * connected to (a second DNS answer cannot swap in a private one).
 */
function guardedLookup(allowed: (address: string) => boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => lookupChecked(hostname, options, callback, allowed);
}

function lookupChecked(hostname: string, options: { all?: boolean }, callback: LookupCallback, allowed: (address: string) => boolean) {
  dnsLookup(hostname, { all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || addresses.some((entry) => !allowed(entry.address))) {
      return callback(Object.assign(new FetchError("the calendar's server is on a private network"), { code: "EPRIVATE" }), []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/**
 * One HTTP exchange with a calendar server, following up to a few redirects,
 * each checked again. The whole exchange shares one deadline and one size limit.
 */
export async function fetchCalendar(request: FetchRequest, limits: FetchLimits): Promise<FetchResponse> {
  const deadline = Date.now() + limits.timeoutMs;
  const first = new URL(request.url);
  let url = first;
  let method = request.method ?? "GET";
  let body = request.body;
  for (let hop = 0; ; hop++) {
    const sameOrigin = url.origin === first.origin;
    const response = await exchange(url, { ...request, method, body, auth: sameOrigin ? request.auth : undefined }, limits, deadline);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      if (hop >= (limits.maxRedirects ?? 3)) throw new FetchError("too many redirects");
      url = new URL(location, url);
      if (response.status === 303) {
        method = "GET";
        body = undefined;
      }
      continue;
    }
    return { ...response, url: url.toString() };
  }
}

function exchange(url: URL, request: FetchRequest, limits: FetchLimits, deadline: number): Promise<Omit<FetchResponse, "url">> {
  const policy = limits.allowPrivateHosts;
  const allowed = typeof policy === "function" ? policy : policy ? () => true : (address: string) => !isPrivateAddress(address);
  if (url.protocol !== "https:" && !(policy !== false && url.protocol === "http:")) {
    return Promise.reject(new FetchError("only https addresses can be read"));
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowed(host)) {
    return Promise.reject(new FetchError("the calendar's server is on a private network"));
  }
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError("the calendar's server took too long to answer"));
  const headers: Record<string, string> = {
    "user-agent": "Candle calendar reader",
    accept: "text/calendar, application/xml;q=0.9, */*;q=0.5",
    ...request.headers,
  };
  if (request.auth) headers.authorization = `Basic ${Buffer.from(`${request.auth.user}:${request.auth.password}`).toString("base64")}`;
  if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));

  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const outgoing = client.request(url, { method: request.method, headers, lookup: policy === true ? undefined : guardedLookup(allowed) }, (incoming) => {
      const declared = Number(incoming.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        incoming.destroy();
        return fail(new FetchError("the calendar is larger than this server reads"));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          incoming.destroy();
          fail(new FetchError("the calendar is larger than this server reads"));
        } else chunks.push(chunk);
      });
      incoming.on("error", (error) => fail(error));
      incoming.on("end", () => {
        clearTimeout(timer);
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      fail(new FetchError("the calendar's server took too long to answer"));
    }, remaining);
    let settled = false;
    function fail(error: Error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error instanceof FetchError ? error : describe(error));
    }
    outgoing.on("error", (error) => fail(error));
    outgoing.end(request.body);
  });
}

/** Network errors in words; the FetchError thrown by the lookup comes through as the socket's error. */
function describe(error: NodeJS.ErrnoException): FetchError {
  if (error instanceof FetchError) return error;
  if (error.code === "EPRIVATE") return new FetchError("the calendar's server is on a private network");
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return new FetchError("the calendar's server name was not found");
  if (error.code === "ECONNREFUSED") return new FetchError("the calendar's server refused the connection");
  if (error.code?.startsWith("ERR_TLS") || error.code?.includes("CERT")) return new FetchError("the calendar's server has no valid certificate");
  return new FetchError("the calendar's server could not be reached");
}
