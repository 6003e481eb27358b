import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadFigures {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  failures: number;
  statusCodes: Record<string, number>;
}

// What a browser sends; Next.js compresses the answer when asked to.
const HEADERS = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip" };

/** A warm-up run, then a measured run of `seconds` with `connections` clients. */
export async function measureLoad(baseUrl: string, name: string, path: string, options: LoadOptions): Promise<LoadFigures> {
  const url = baseUrl + path;
  if (options.warmupSeconds > 0) await autocannon({ url, connections: options.connections, duration: options.warmupSeconds, headers: HEADERS });
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: HEADERS, timeout: 10 });
  const answered = result.latency.totalCount > 0;
  return {
    name,
    path,
    requestsPerSecond: result.requests.average,
    p50: answered ? result.latency.p50 : NaN,
    p99: answered ? result.latency.p99 : NaN,
    failures: result.errors + result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

export interface PageSize {
  name: string;
  path: string;
  bytes: number;
}

export async function htmlSize(baseUrl: string, name: string, path: string): Promise<PageSize> {
  const response = await fetch(baseUrl + path);
  const body = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return { name, path, bytes: Buffer.byteLength(body) };
}
