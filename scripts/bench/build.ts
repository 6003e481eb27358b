import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const DIST_DIR = ".next-bench";

const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "prisma/schema.prisma", "next.config.ts", "tsconfig.json", "package-lock.json"];
const STAMP = "candle-bench-sources";
// `next build` rewrites these for its dist dir (adds `.next-bench/types` to the
// tsconfig include list, points next-env.d.ts at them); others' checks read them.
const REWRITTEN_BY_BUILD = ["tsconfig.json", "next-env.d.ts"];

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    if (statSync(target).isDirectory()) {
      for (const name of readdirSync(target).sort()) {
        if (name === "node_modules" || name === "generated" || name.endsWith(".test.ts") || name.endsWith(".test.tsx")) continue;
        visit(path.join(target, name));
      }
    } else {
      hash.update(path.relative(root, target)).update(readFileSync(target));
    }
  };
  for (const entry of SOURCES) visit(path.join(root, entry));
  return hash.digest("hex");
}

export type BuildOutcome = { built: false } | { built: true; seconds: number; restored: string[] };

/** `next build` into .next-bench unless it was built from exactly these sources. */
export function buildIfNeeded(env: NodeJS.ProcessEnv): BuildOutcome {
  const dist = path.join(root, DIST_DIR);
  const stamp = path.join(dist, STAMP);
  const wanted = hashSources();
  if (existsSync(stamp) && existsSync(path.join(dist, "BUILD_ID")) && readFileSync(stamp, "utf8") === wanted) return { built: false };

  const saved = new Map(REWRITTEN_BY_BUILD.map((file) => [file, readOptional(path.join(root, file))]));
  const started = performance.now();
  let result;
  let restored: string[] = [];
  try {
    result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", CANDLE_BENCH_PAGES: "1" },
    });
  } finally {
    restored = restoreFiles(saved);
  }
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(stamp, wanted);
  return { built: true, seconds: (performance.now() - started) / 1000, restored };
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** Takes out what the build added for .next-bench, keeping any edit someone else made meanwhile. */
function restoreFiles(saved: Map<string, string | null>): string[] {
  const restored: string[] = [];
  for (const [file, before] of saved) {
    const target = path.join(root, file);
    const now = readOptional(target);
    if (now === null || now === before || !now.includes(DIST_DIR)) continue;
    if (before === null) rmSync(target);
    else writeFileSync(target, file === "tsconfig.json" ? withoutBenchTypes(now, before) : before);
    restored.push(file);
  }
  return restored;
}

function withoutBenchTypes(now: string, before: string): string {
  const config = JSON.parse(now) as { include?: string[] };
  config.include = config.include?.filter((entry) => !entry.startsWith(`${DIST_DIR}/`));
  return JSON.stringify(config) === JSON.stringify(JSON.parse(before)) ? before : `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * ESLint lints every folder its config does not ignore, so a build left in
 * .next-bench fails everyone's `npm run lint` until the config ignores it.
 */
export function distDirIgnoredByLint(): boolean {
  const config = readOptional(path.join(root, "eslint.config.mjs")) ?? "";
  return config.includes(`${DIST_DIR}/`);
}

export function removeBuild() {
  rmSync(path.join(root, DIST_DIR), { recursive: true, force: true });
}
