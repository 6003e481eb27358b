import { gzipSync } from "node:zlib";
import { flightData, staticScriptFiles } from "./html";

export interface Chunk {
  src: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageScripts {
  name: string;
  path: string;
  chunks: Chunk[];
  gzipBytes: number;
  /** The React Server Components payload inlined in the HTML, in bytes (UTF-8, before compression). */
  flightBytes: number;
}

/**
 * The JavaScript files a page loads from /_next/static (its `<script src>` and
 * script preloads), each fetched once from the server and gzipped at level 9.
 */
export function createScriptMeter(baseUrl: string) {
  const seen = new Map<string, Promise<Chunk>>();
  const chunk = (src: string) => {
    if (!seen.has(src)) {
      seen.set(
        src,
        fetch(new URL(src, baseUrl)).then(async (response) => {
          if (!response.ok) throw new Error(`${src} answered ${response.status}`);
          const body = Buffer.from(await response.arrayBuffer());
          return { src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
        }),
      );
    }
    return seen.get(src)!;
  };
  return async function measurePage(name: string, path: string): Promise<PageScripts> {
    const response = await fetch(baseUrl + path);
    const html = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const chunks = await Promise.all(staticScriptFiles(html).map(chunk));
    return { name, path, chunks, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0), flightBytes: Buffer.byteLength(flightData(html)) };
  };
}

/** Chunks a page loads that the baseline page does not, largest first. */
export function extraChunks(page: PageScripts, baseline: PageScripts): Chunk[] {
  const base = new Set(baseline.chunks.map((c) => c.src));
  return page.chunks.filter((c) => !base.has(c.src)).sort((a, b) => b.gzipBytes - a.gzipBytes);
}
