// Build steps shared by `npm start` and `npm test`. Plain Node, no dependencies:
// `npm start` runs these before anything is installed.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

// Next.js would otherwise report usage to its makers; Candle sends nothing anywhere.
process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => path.join(root, "node_modules/.bin", name);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

export function runBin(name, args, options = {}) {
  run(bin(name), args, options);
}

export function loadDotEnv() {
  try {
    process.loadEnvFile(path.join(root, ".env"));
  } catch {
    // No .env: defaults apply.
  }
}

function hashFiles(entries) {
  const hash = createHash("sha256");
  const visit = (target) => {
    if (!existsSync(target)) return;
    if (statSync(target).isDirectory()) {
      for (const name of readdirSync(target).sort()) {
        if (name === "node_modules" || name === "generated" || name.endsWith(".test.ts")) continue;
        visit(path.join(target, name));
      }
    } else {
      hash.update(path.relative(root, target)).update(readFileSync(target));
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  return hash.digest("hex");
}

/**
 * Installs exactly what package-lock.json records (`npm ci`) when node_modules is
 * missing or was installed from another lock file.
 */
export function installIfNeeded() {
  const stamp = path.join(root, "node_modules/.candle-installed");
  const wanted = hashFiles(["package-lock.json"]);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  const npmRecord = path.join(root, "node_modules/.package-lock.json");
  if (!existsSync(stamp) && existsSync(npmRecord) && statSync(npmRecord).mtimeMs >= statSync(path.join(root, "package-lock.json")).mtimeMs) {
    writeFileSync(stamp, wanted);
    return;
  }
  console.log("Installing dependencies…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, wanted);
}

/**
 * `next build` unless the last build was made from exactly these sources and the
 * same PUBLIC_URL (pages prerendered at build time carry absolute share-preview URLs).
 */
export function buildIfNeeded(env = process.env) {
  const stamp = path.join(root, ".next/candle-sources");
  const sources = hashFiles(["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "tsconfig.json", "package-lock.json"]);
  const wanted = `${sources} ${env.PUBLIC_URL ?? ""}`;
  if (existsSync(stamp) && existsSync(path.join(root, ".next/BUILD_ID")) && readFileSync(stamp, "utf8") === wanted) return;
  console.log("Building the app (next build)…");
  runBin("next", ["build"], { env: { ...env, NODE_ENV: "production" } });
  writeFileSync(stamp, wanted);
}

/**
 * A stable secret for a local run on SQLite, kept in data/ so sign-ins survive
 * restarts. With PostgreSQL there may be several instances, which must share one
 * secret: it has to be given, never generated per machine.
 */
export function ensureAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) {
    throw new Error("NEXTAUTH_SECRET is required with PostgreSQL: give every instance the same one (e.g. openssl rand -base64 32).");
  }
  const file = path.join(root, "data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Applies migrations; seeds demo data into an empty SQLite database. */
export function prepareDatabase(env) {
  runBin("tsx", ["scripts/prepare-database.ts"], { env });
}
