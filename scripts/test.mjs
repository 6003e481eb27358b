// `npm test`: static checks, unit and integration tests (SQLite, and PostgreSQL when
// TEST_POSTGRES_URL is set), then the browser tests against a production build.
// Ends with one line totalling every suite: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, root } from "./steps.mjs";

const artifacts = path.join(root, "tests/.artifacts");
mkdirSync(artifacts, { recursive: true });
const bin = (name) => path.join(root, "node_modules/.bin", name);
const suites = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function check(name, command, args) {
  const { ok, seconds } = step(name, command, args);
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

check("lock file in step with package.json", process.execPath, ["scripts/check-lockfile.mjs"]);
check("formatting (prettier; npm run format fixes it)", bin("prettier"), ["--check", "--log-level", "warn", "."]);
check("lint", bin("eslint"), ["--max-warnings", "0", "."]);
check("types", bin("tsc"), ["--noEmit"]);
check("schemas and migrations in step", bin("tsx"), ["scripts/db-migration.ts", "--check"]);

const vitestReport = path.join(artifacts, "vitest.json");
rmSync(vitestReport, { force: true });
const unit = step(
  process.env.TEST_POSTGRES_URL
    ? "unit and integration tests (SQLite and PostgreSQL)"
    : "unit and integration tests (SQLite; set TEST_POSTGRES_URL for PostgreSQL)",
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  { TZ: "Asia/Kathmandu" },
);
const vitest = readReport(vitestReport);
suites.push({
  name: "vitest",
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest ? vitest.numFailedTests + (unit.ok || vitest.numFailedTests ? 0 : 1) : 1,
  skipped: vitest ? vitest.numPendingTests + vitest.numTodoTests : 0,
  seconds: unit.seconds,
});

let built = true;
const buildStarted = Date.now();
try {
  console.log("\n▶ production build");
  // Built for the address the browser tests serve it at (scripts/e2e-server.mjs).
  buildIfNeeded({ ...process.env, PUBLIC_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}` });
} catch (error) {
  console.error(error.message);
  built = false;
}
suites.push({ name: "build", passed: built ? 1 : 0, failed: built ? 0 : 1, skipped: 0, seconds: (Date.now() - buildStarted) / 1000 });

if (built) {
  const playwrightReport = path.join(artifacts, "playwright.json");
  rmSync(playwrightReport, { force: true });
  const e2e = step("browser tests (Chromium)", bin("playwright"), ["test"]);
  const stats = existsSync(playwrightReport) ? readReport(playwrightReport)?.stats : null;
  suites.push({
    name: "playwright",
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (e2e.ok || stats.unexpected ? 0 : 1) : 1,
    skipped: stats?.skipped ?? 0,
    seconds: e2e.seconds,
  });
}

console.log("\nSuite                               passed  failed  skipped  seconds");
for (const suite of suites) {
  console.log(
    `${suite.name.padEnd(36)}${String(suite.passed).padStart(6)}${String(suite.failed).padStart(8)}${String(suite.skipped).padStart(9)}${suite.seconds.toFixed(1).padStart(9)}`,
  );
}
const total = (key) => suites.reduce((sum, suite) => sum + suite[key], 0);
const skipped = total("skipped");
console.log(`${total("passed")} passed, ${total("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(total("failed") === 0 ? 0 : 1);
