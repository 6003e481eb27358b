/**
 * `npm run bench`: seeds fresh databases, builds and serves the app, and measures
 * the founder pages against two reference pages, booking submits, the JavaScript
 * founder pages load, and the organiser statistics. It prints figures and whether
 * each target is met; it fails only when the run itself breaks.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBookingSubmits, firstSlotBookingPath, type BookingFigures } from "./bench/booking";
import { benchCalendarImport, type CalendarImportFigures } from "./bench/calendar-import";
import { buildIfNeeded, distDirIgnoredByLint, DIST_DIR, removeBuild, root } from "./bench/build";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../lib/i18n/languages";
import { localisedPath } from "../lib/i18n/paths";
import { createScriptMeter, extraChunks, type PageScripts } from "./bench/js-size";
import { htmlSize, measureLoad, type LoadFigures, type PageSize } from "./bench/load";
import { readOptions, type BenchOptions } from "./bench/options";
import { heading, integer, kB, markdownTable, ms, percent, seconds, textTable, verdict } from "./bench/report";
import { planBench, seedPostgresBench, seedSqliteBench, type SeededData } from "./bench/seed";
import { startProxy } from "./bench/proxy";
import { dropPostgresSchema } from "./database";
import { findFreePort, startServer, type RunningServer } from "./bench/server";
import { benchStats, type StatsFigures } from "./bench/stats";

const TARGETS = { staticRatio: 0.7, dynamicRatio: 0.8, localeRatio: 0.9, submitP99Ms: 150, extraJsBytes: 25_000, statsMs: 300, calendarImportCpuMs: 1_000 };
/** The languages whose pages are measured beside English's (prefixed: /es/…). */
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const artifacts = path.join(root, "tests/.artifacts");
const files = { main: path.join(artifacts, "bench.db"), stats: path.join(artifacts, "bench-stats.db") };

interface LoadPlan {
  name: string;
  path: string;
  /** What the row is compared with: a reference page, or the same page in English (the row named `english`, measured earlier in the run). */
  reference?: "static" | "dynamic" | "English";
  english?: string;
  minRatio?: number;
}

interface LoadRow extends LoadFigures, LoadPlan {
  ratio?: number;
  met?: boolean;
}

/** One language's founder pages and its empty page, for the JavaScript they load. */
interface LocaleScripts {
  locale: Locale;
  baseline: PageScripts;
  pages: PageScripts[];
}

interface ServerFigures {
  sizes: PageSize[];
  load: LoadRow[];
  scripts: LocaleScripts[];
  booking: BookingFigures;
}

/** The topic most Spanish-speaking mentors offer, so the filtered directory has a page of results. */
function filterTopic(seeded: SeededData): string {
  const counts = new Map<string, number>();
  for (const mentor of seeded.mentors) if (mentor.languages.includes("es")) for (const topic of mentor.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? seeded.topicSlugs[0]!;
}

async function warmMentorPage(baseUrl: string, pagePath: string): Promise<string> {
  let cache = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(baseUrl + pagePath);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
    cache = response.headers.get("x-nextjs-cache") ?? "no x-nextjs-cache header";
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return cache;
}

/** The same page in each other language, compared with its English row (which comes first in the plan). */
function inOtherLanguages(english: LoadPlan): LoadPlan[] {
  return OTHER_LOCALES.map((locale) => ({
    name: `${english.name}, ${locale}`,
    path: localisedPath(locale, english.path),
    reference: "English",
    english: english.name,
    minRatio: TARGETS.localeRatio,
  }));
}

function referenceRow(item: LoadPlan, load: LoadRow[]): LoadRow | undefined {
  if (item.reference === undefined) return undefined;
  if (item.reference === "English") return load.find((row) => row.name === item.english);
  return load[item.reference === "static" ? 0 : 1];
}

async function measureServer(server: RunningServer, seeded: SeededData, options: BenchOptions): Promise<ServerFigures> {
  const { baseUrl } = server;
  const mentorPath = `/mentors/${seeded.mentors[0]!.slug}`;
  const filtered = `/mentors?topic=${filterTopic(seeded)}&language=es&within=30`;

  heading("HTML size");
  const sizes = await Promise.all([
    htmlSize(baseUrl, "Static reference", "/bench/static"),
    htmlSize(baseUrl, "Dynamic reference (no DB)", "/bench/dynamic"),
    htmlSize(baseUrl, "Directory, filtered", filtered),
  ]);
  console.log(
    textTable(
      ["page", "path", "HTML"],
      sizes.map((size) => [size.name, size.path, kB(size.bytes)]),
    ),
  );

  heading(`Throughput: ${options.connections} connections, ${options.seconds} s each after ${options.warmupSeconds} s warm-up, gzip accepted`);
  const caches = [];
  for (const locale of LOCALES) caches.push(`${locale} ${await warmMentorPage(baseUrl, localisedPath(locale, mentorPath))}`);
  console.log(`Mentor page cache before the run: ${caches.join(", ")}`);
  const mentorPage: LoadPlan = { name: "Mentor page (ISR)", path: mentorPath, reference: "static", minRatio: TARGETS.staticRatio };
  const directory: LoadPlan = { name: "Directory", path: "/mentors", reference: "dynamic" };
  // The two references first: every other row is compared with one of them, or with
  // its English row just before it (the other languages' pages, in the same run).
  const plan: LoadPlan[] = [
    { name: "Static reference", path: "/bench/static" },
    { name: "Dynamic reference (no DB)", path: "/bench/dynamic" },
    { name: "Home", path: "/", reference: "static", minRatio: TARGETS.staticRatio },
    mentorPage,
    ...inOtherLanguages(mentorPage),
    directory,
    ...inOtherLanguages(directory),
    { name: "Directory, filtered", path: filtered, reference: "dynamic", minRatio: TARGETS.dynamicRatio },
    { name: "Directory, text search", path: `/mentors?q=${seeded.searchWord}`, reference: "dynamic", minRatio: TARGETS.dynamicRatio },
  ];
  const load: LoadRow[] = [];
  for (const item of plan) {
    const figures = await measureLoad(baseUrl, item.name, item.path, options);
    const referenceRps = referenceRow(item, load)?.requestsPerSecond;
    // NaN when the reference completed nothing (a run too short for it): shown as "–", never met.
    const ratio = referenceRps === undefined ? undefined : referenceRps > 0 ? figures.requestsPerSecond / referenceRps : NaN;
    const met = item.minRatio !== undefined && ratio !== undefined ? ratio >= item.minRatio && figures.failures === 0 : undefined;
    load.push({ ...item, ...figures, ratio, met });
    console.log(`  ${item.name}: ${integer(figures.requestsPerSecond)} req/s`);
  }
  console.log(loadTable(load));

  heading("JavaScript loaded by founder pages, per language (gzip -9 of each /_next/static script it loads or preloads)");
  const measurePage = createScriptMeter(baseUrl);
  const bookPath = await firstSlotBookingPath(baseUrl, seeded.mentors[0]!.slug);
  const scripts: LocaleScripts[] = [];
  for (const locale of LOCALES) {
    const at = (pagePath: string) => localisedPath(locale, pagePath);
    // Each language against its own empty page: the layout around both is the same.
    const baseline = await measurePage("Empty page", at("/bench/static"));
    const pages = await Promise.all([
      measurePage("Home", at("/")),
      measurePage("Directory", at("/mentors")),
      measurePage("Mentor page", at(mentorPath)),
      ...(bookPath ? [measurePage("Booking form", at(bookPath))] : []),
      measurePage("Booking requested", at("/bookings/requested")),
    ]);
    scripts.push({ locale, baseline, pages });
  }
  console.log(scriptsTable(scripts));
  for (const { locale, baseline, pages } of scripts) {
    for (const page of pages) {
      const extra = extraChunks(page, baseline).slice(0, 3);
      if (extra.length)
        console.log(
          `  ${page.name} (${locale}), largest extra chunks: ${extra.map((chunk) => `${path.basename(chunk.src)} ${kB(chunk.gzipBytes)}`).join(", ")}`,
        );
    }
  }

  heading(`Booking submits: ${options.submitConcurrency} founders at once, real form, proof of work solved in Node`);
  const slugs = seeded.mentors
    .slice(1)
    .map((mentor) => mentor.slug)
    .reverse();
  const booking = await benchBookingSubmits(baseUrl, slugs, {
    count: options.submits,
    concurrency: options.submitConcurrency,
    serial: options.serialSubmits,
    serverCpuMs: server.cpuMs,
  });
  console.log(bookingLines(booking).join("\n"));
  return { sizes, load, scripts, booking };
}

function loadTable(load: LoadRow[]): string {
  return textTable(
    ["page", "req/s", "p50", "p99", "errors/non-2xx", "vs reference", "target"],
    load.map((row) => [
      row.name,
      integer(row.requestsPerSecond),
      ms(row.p50),
      ms(row.p99),
      integer(row.failures),
      row.reference === undefined ? "" : `${percent(row.ratio!)} of ${row.reference}`,
      row.met === undefined ? "" : `≥ ${percent(row.minRatio!)}, no errors: ${verdict(row.met)}`,
    ]),
  );
}

/** Signed, for a figure that can be below the reference (an RSC payload smaller than the empty page's). */
const kBDifference = (bytes: number) => (bytes < 0 ? `−${kB(-bytes)}` : kB(bytes));

function scriptsTable(scripts: LocaleScripts[]): string {
  return textTable(
    ["page", "chunks", "JS gz", "beyond empty page", "target ≤ 25 kB", "inline RSC", "RSC beyond empty page"],
    scripts.flatMap(({ baseline, pages }) => [
      [`${baseline.name} (${baseline.path})`, String(baseline.chunks.length), kB(baseline.gzipBytes), "", "", kB(baseline.flightBytes), ""],
      ...pages.map((page) => {
        const extra = page.gzipBytes - baseline.gzipBytes;
        return [
          `${page.name} (${page.path.split("?")[0]})`,
          String(page.chunks.length),
          kB(page.gzipBytes),
          kB(extra),
          verdict(extra <= TARGETS.extraJsBytes),
          kB(page.flightBytes),
          kBDifference(page.flightBytes - baseline.flightBytes),
        ];
      }),
    ]),
  );
}

/** "Home 0.0 kB, Directory 1.7 kB, …" for one language: `figure` of each page against the empty page. */
function perPage({ baseline, pages }: LocaleScripts, figure: (page: PageScripts) => number): string {
  return pages.map((page) => `${page.name} ${kBDifference(figure(page) - figure(baseline))}`).join(", ");
}

const submitMet = ({ concurrent }: BookingFigures) =>
  concurrent.attempted > 0 && concurrent.succeeded === concurrent.attempted && concurrent.p99 < TARGETS.submitP99Ms;

function bookingLines(booking: BookingFigures): string[] {
  const { serial, concurrent } = booking;
  return [
    `Prepared ${serial.attempted + concurrent.attempted} forms in ${seconds(booking.prepareSeconds)} (proof of work: ${ms(booking.solveMsAverage)} on average per form)`,
    `One founder at a time: ${serial.succeeded}/${serial.attempted} booked; p50 ${ms(serial.p50)}, max ${ms(serial.max)}`,
    `${booking.concurrency} founders at once: ${concurrent.succeeded}/${concurrent.attempted} booked (303 to /bookings/requested); p50 ${ms(concurrent.p50)}, p99 ${ms(concurrent.p99)}, max ${ms(concurrent.max)}` +
      (booking.serverCpuMsPerBooking === undefined ? "" : `; server CPU ${ms(booking.serverCpuMsPerBooking)} per booking`),
    ...Object.entries(booking.problems).map(([problem, count]) => `  ${count} × ${problem}`),
    `Target p99 < ${TARGETS.submitP99Ms} ms at ${booking.concurrency} founders, every booking accepted: ${verdict(submitMet(booking))}`,
  ];
}

function statsLine(stats: StatsFigures): string {
  if ("skipped" in stats) return `skipped: ${stats.skipped}`;
  return (
    `median ${ms(stats.medianMs)} of ${stats.runs} runs (first ${ms(stats.coldMs)}, fastest ${ms(stats.fastestMs)}) for ${stats.period}: ` +
    `${integer(stats.requests)} bookings in the period, ${integer(stats.booked)} booked. Target < ${TARGETS.statsMs} ms: ${verdict(stats.medianMs < TARGETS.statsMs)}`
  );
}

function calendarImportLine(figures: CalendarImportFigures): string {
  return (
    `${integer(figures.events)} events (${figures.series} recurring series, ${kB(figures.bytes)}) read into ${integer(figures.busyIntervals)} busy intervals: ` +
    `median ${ms(figures.medianCpuMs)} CPU of ${figures.runs} runs (fastest ${ms(figures.fastestCpuMs)}). Target < ${TARGETS.calendarImportCpuMs} ms: ${verdict(figures.medianCpuMs < TARGETS.calendarImportCpuMs)}`
  );
}

interface DatabaseRun {
  database: string;
  figures: ServerFigures;
  stats: StatsFigures;
}

interface ClusterFigures {
  rows: { name: string; one: LoadFigures; two: LoadFigures }[];
  forwarded: Record<string, number>;
}

function loadRows(load: LoadRow[]): string[][] {
  return load.map((row) => [
    row.name,
    integer(row.requestsPerSecond),
    ms(row.p50),
    ms(row.p99),
    integer(row.failures),
    row.reference === undefined
      ? "reference"
      : `${percent(row.ratio!)} of ${row.reference}${row.met === undefined ? "" : ` (target ≥ ${percent(row.minRatio!)}: ${verdict(row.met)})`}`,
  ]);
}

function clusterLines(cluster: ClusterFigures): string[] {
  return cluster.rows.map(
    ({ name, one, two }) =>
      `- Two instances behind a proxy, ${name}: ${integer(two.requestsPerSecond)} req/s (p99 ${ms(two.p99)}, ${integer(two.failures)} errors) ` +
      `against ${integer(one.requestsPerSecond)} req/s for one instance directly: ${percent(two.requestsPerSecond / one.requestsPerSecond)}.`,
  );
}

function summary(options: BenchOptions, seeded: SeededData, runs: DatabaseRun[], cluster: ClusterFigures | undefined): string {
  const { sizes, scripts } = runs[0]!.figures;
  const worstExtra = Math.max(...scripts.flatMap(({ baseline, pages }) => pages.map((page) => page.gzipBytes - baseline.gzipBytes)));
  return [
    `Benchmark (\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}): ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}; ` +
      `${integer(seeded.mentors.length)} mentors, ${integer(seeded.founderBookings)} bookings served (${integer(seeded.statsBookings)} for the statistics); ` +
      `autocannon with ${options.connections} connections for ${options.seconds} s after ${options.warmupSeconds} s of warm-up, server and load generator on the same machine.`,
    ...runs.flatMap(({ database, figures, stats }) => [
      "",
      `**${database}**`,
      "",
      markdownTable(["Page", "req/s", "p50", "p99", "errors", "vs reference"], loadRows(figures.load)),
      "",
      `- Booking submit, ${figures.booking.concurrency} founders at once: ${figures.booking.concurrent.succeeded}/${figures.booking.concurrent.attempted} booked, ` +
        `p50 ${ms(figures.booking.concurrent.p50)}, p99 ${ms(figures.booking.concurrent.p99)} (target < ${TARGETS.submitP99Ms} ms: ${verdict(submitMet(figures.booking))}); ` +
        `one at a time: p50 ${ms(figures.booking.serial.p50)}` +
        (figures.booking.serverCpuMsPerBooking === undefined ? "." : `; server CPU ${ms(figures.booking.serverCpuMsPerBooking)} per booking.`),
      `- Organiser statistics over ${integer(seeded.statsBookings)} bookings, default 12-week period, in process: ${statsLine(stats)}.`,
      ...(database === "PostgreSQL" && cluster ? clusterLines(cluster) : []),
    ]),
    "",
    `- HTML: ${sizes.map((size) => `${size.name} ${kB(size.bytes)}`).join("; ")}.`,
    `- JavaScript beyond an empty page of the same language (gzip -9 of the /_next/static scripts it loads or preloads): ` +
      `${scripts.map((locale) => `${locale.locale}: ${perPage(locale, (page) => page.gzipBytes)}`).join("; ")}; ` +
      `empty page ${scripts.map(({ locale, baseline }) => `${locale} ${kB(baseline.gzipBytes)}`).join(", ")} (target ≤ 25 kB: ${verdict(worstExtra <= TARGETS.extraJsBytes)}).`,
    `- Inline RSC payload beyond the empty page (uncompressed): ${scripts.map((locale) => `${locale.locale}: ${perPage(locale, (page) => page.flightBytes)}`).join("; ")}.`,
  ].join("\n");
}

/** Two servers on the PostgreSQL database behind the round-robin proxy, against one of them alone, on the cached mentor page and the filtered directory. */
async function measureCluster(databaseUrl: string, seeded: SeededData, options: BenchOptions, track: (server: RunningServer) => void): Promise<ClusterFigures> {
  heading(`Cluster: two instances on PostgreSQL behind a round-robin proxy, against one instance (${options.connections} connections)`);
  const ports = [await findFreePort(options.port + 10), await findFreePort(options.port + 20)];
  const servers: RunningServer[] = [];
  for (const [index, port] of ports.entries()) {
    const server = await startServer({
      port,
      databaseUrl,
      trustedProxies: 1,
      outboxDir: path.join(artifacts, `bench-outbox-cluster-${index}`),
      logFile: path.join(artifacts, `bench-server-cluster-${index}.log`),
    });
    servers.push(server);
    track(server);
  }
  const proxy = await startProxy(servers.map((server, index) => ({ name: `instance ${index + 1}`, baseUrl: server.baseUrl })));
  try {
    const pages = [
      { name: "mentor page (ISR)", path: `/mentors/${seeded.mentors[0]!.slug}` },
      { name: "filtered directory", path: `/mentors?topic=${filterTopic(seeded)}&language=es&within=30` },
    ];
    const rows = [];
    for (const page of pages) {
      for (const server of servers) await warmMentorPage(server.baseUrl, page.path);
      const one = await measureLoad(servers[0]!.baseUrl, page.name, page.path, options);
      const two = await measureLoad(proxy.baseUrl, page.name, page.path, options);
      console.log(`  ${page.name}: one instance ${integer(one.requestsPerSecond)} req/s, two behind the proxy ${integer(two.requestsPerSecond)} req/s`);
      rows.push({ name: page.name, one, two });
    }
    return { rows, forwarded: { ...proxy.forwarded } };
  } finally {
    await proxy.close();
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** The PostgreSQL database to measure too: BENCH_POSTGRES_URL, or the tests' TEST_POSTGRES_URL. */
function postgresUrls(): { main: string; stats: string } | undefined {
  const base = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!base) return undefined;
  const schema = (name: string) => {
    const url = new URL(base);
    url.searchParams.set("schema", name);
    return url.toString();
  };
  return { main: schema("candle_bench_main"), stats: schema("candle_bench_stats") };
}

async function main() {
  const options = readOptions();
  const started = performance.now();
  const running = new Set<RunningServer>();
  const track = (server: RunningServer) => running.add(server);
  process.once("SIGINT", () => void Promise.all([...running].map((server) => server.stop())).finally(() => process.exit(130)));

  heading("Setup");
  console.log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}; Node ${process.version}`,
  );
  mkdirSync(artifacts, { recursive: true });
  const plan = planBench(options);
  const seeded = await seedSqliteBench(files, plan);
  console.log(
    `SQLite: seeded ${integer(seeded.mentors.length)} mentors and ${integer(seeded.founderBookings)} bookings into ${path.relative(root, files.main)} in ${seconds(seeded.seconds.main)}` +
      ` (migrations included); ${integer(seeded.statsBookings)} bookings into ${path.relative(root, files.stats)} in ${seconds(seeded.seconds.stats)}.`,
  );
  const postgres = postgresUrls();
  if (postgres) {
    const done = await seedPostgresBench(postgres, plan);
    console.log(
      `PostgreSQL: seeded the same rows into schemas candle_bench_main in ${seconds(done.seconds.main)} and candle_bench_stats in ${seconds(done.seconds.stats)}.`,
    );
  } else {
    console.log("PostgreSQL: not measured (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL).");
  }
  const databases = [
    { database: "SQLite", main: `file:${files.main}`, stats: `file:${files.stats}` },
    ...(postgres ? [{ database: "PostgreSQL", ...postgres }] : []),
  ];

  try {
    const secret = "bench-only-secret-that-signs-nothing-real";
    const build = buildIfNeeded({ ...process.env, DATABASE_URL: `file:${files.main}`, NEXTAUTH_SECRET: secret });
    console.log(build.built ? `Built ${DIST_DIR} in ${seconds(build.seconds)}.` : `${DIST_DIR} is up to date with the sources; not rebuilt.`);
    if (build.built && build.restored.length) console.log(`Restored ${build.restored.join(" and ")}: next build had pointed them at ${DIST_DIR}.`);

    const runs: DatabaseRun[] = [];
    let cluster: ClusterFigures | undefined;
    for (const { database, main: databaseUrl, stats: statsUrl } of databases) {
      heading(`${database}: one instance`);
      const server = await startServer({
        port: await findFreePort(options.port),
        databaseUrl,
        outboxDir: path.join(artifacts, "bench-outbox"),
        logFile: path.join(artifacts, `bench-server-${database.toLowerCase()}.log`),
      });
      track(server);
      console.log(
        `The server answered on ${server.baseUrl} after ${seconds(server.startSeconds)} (start-up housekeeping included); log in ${path.relative(root, server.logFile)}.`,
      );
      let figures: ServerFigures;
      try {
        figures = await measureServer(server, seeded, options);
      } finally {
        await server.stop();
        running.delete(server);
      }
      if (database === "PostgreSQL") cluster = await measureCluster(databaseUrl, seeded, options, track);

      heading(`${database}: organiser statistics (in process, server stopped)`);
      const stats = benchStats(statsUrl, options.statsRuns);
      console.log(statsLine(stats));
      runs.push({ database, figures, stats });
    }
    if (cluster) console.log(clusterLines(cluster).join("\n"));

    heading("Calendar import (in process)");
    const calendarImport = benchCalendarImport();
    console.log(calendarImportLine(calendarImport));

    heading("Summary (for README)");
    const text = `${summary(options, seeded, runs, cluster)}\n- Calendar import, ${calendarImportLine(calendarImport)}.`;
    console.log(text);
    writeFileSync(path.join(artifacts, "bench-summary.md"), `${text}\n`);
    console.log(`\nWhole run: ${seconds((performance.now() - started) / 1000)}; summary also in tests/.artifacts/bench-summary.md.`);
  } finally {
    if (postgres) for (const url of [postgres.main, postgres.stats]) await dropPostgresSchema(url);
    if (!options.keepBuild && !distDirIgnoredByLint()) {
      removeBuild();
      console.log(`Removed ${DIST_DIR}: eslint.config.mjs does not ignore it yet, and \`npm run lint\` would lint the build.`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
