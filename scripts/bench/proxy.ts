// A small round-robin HTTP proxy, as a load balancer in front of several
// instances: it appends the connection's address to X-Forwarded-For. A request
// an instance refused to connect (it is down) goes to the next one; anything else
// is passed back as it came. Used by the cluster test and the benchmark's cluster row.
import { createServer, request as forward, type IncomingHttpHeaders, type Server } from "node:http";

export interface Upstream {
  name: string;
  baseUrl: string;
}

export interface RunningProxy {
  baseUrl: string;
  /** How many requests went to each upstream. */
  forwarded: Record<string, number>;
  close(): Promise<void>;
}

function forwardedHeaders(headers: IncomingHttpHeaders, peer: string | undefined): IncomingHttpHeaders {
  const previous = headers["x-forwarded-for"];
  return { ...headers, "x-forwarded-for": [previous, peer ?? "unknown"].filter(Boolean).join(", ") };
}

/** `upstreams` may be filled in after the proxy starts (the instances need its address first). */
export function startProxy(upstreams: Upstream[]): Promise<RunningProxy> {
  let next = 0;
  const forwarded: Record<string, number> = {};
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const upstream = upstreams[next++ % upstreams.length]!;
        const target = new URL(upstream.baseUrl);
        const sent = forward(
          {
            host: target.hostname,
            port: target.port,
            method: incoming.method,
            path: incoming.url,
            headers: forwardedHeaders(incoming.headers, incoming.socket.remoteAddress),
          },
          (answer) => {
            forwarded[upstream.name] = (forwarded[upstream.name] ?? 0) + 1;
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        sent.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED" && tries > 1) return attempt(tries - 1);
          if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" });
          outgoing.end(`proxy: ${error.code ?? error.message}`);
        });
        sent.end(body);
      };
      attempt(upstreams.length);
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        forwarded,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}
