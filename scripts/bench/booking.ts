// Drives the real booking form: fetch it, solve its proof of work, post it as a browser without JavaScript would.
import { encodePayload, POW_COUNTER_RANGE, POW_MAX_DIFFICULTY, solveChallenge, type ChallengeJson } from "../../lib/antibot/solve";
import { alertText, findForm, flightData, jsonObjectAfter, tags } from "./html";

// The server refuses a form younger than 4 s (when it carries a proof of work).
export const FORM_MIN_AGE_MS = 4_500;
const PREPARE_CONCURRENCY = 4;

export interface PreparedBooking {
  mentor: string;
  actionUrl: string;
  fields: [string, string][];
  issuedAt: number;
}

export interface SubmitFigures {
  attempted: number;
  succeeded: number;
  p50: number;
  p99: number;
  max: number;
}

export interface BookingFigures {
  concurrency: number;
  /** The measured run: `concurrency` founders submitting at once. */
  concurrent: SubmitFigures;
  /** A few submitted one at a time first: the cost of one booking without queueing. */
  serial: SubmitFigures;
  /** Why forms were refused or could not be prepared, with counts. */
  problems: Record<string, number>;
  prepareSeconds: number;
  solveMsAverage: number;
  /** The server's CPU time per booking in the concurrent run, when it was measured. */
  serverCpuMsPerBooking?: number;
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

async function page(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  const html = await response.text();
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
  return html;
}

/** The booking form's address for the mentor's first free slot, or null when they have none. */
export async function firstSlotBookingPath(baseUrl: string, slug: string): Promise<string | null> {
  // Without a valid start the booking form offers the free times, fresh from the database.
  const listing = await page(`${baseUrl}/mentors/${slug}/book?tz=UTC`);
  const start = tags(listing, "input").find((input) => input.type === "radio" && input.name === "start")?.value;
  return start ? `/mentors/${slug}/book?${new URLSearchParams({ start, tz: "UTC" })}` : null;
}

/** Opens the mentor's first free slot's form and fills it in; returns why not when it cannot. */
export async function prepareBooking(baseUrl: string, slug: string, founder: string, solveTimes: number[] = []): Promise<PreparedBooking | string> {
  const link = await firstSlotBookingPath(baseUrl, slug);
  if (!link) return "mentor has no free slot";
  const pageUrl = new URL(link, baseUrl).toString();
  const html = await page(pageUrl);
  const issuedAt = Date.now();
  const form = findForm(html, 'name="formToken"');
  if (!form) return "no booking form on the page";
  const challenge = jsonObjectAfter(flightData(html), "challenge") as ChallengeJson | undefined;
  if (!challenge?.parameters) return "no proof-of-work challenge in the page's RSC payload";
  const solving = performance.now();
  const solution = await solveChallenge(challenge, { maxCounter: POW_COUNTER_RANGE.max * POW_MAX_DIFFICULTY });
  solveTimes.push(performance.now() - solving);
  if (!solution) return "proof of work not solved";

  const inputs = tags(form.html, "input");
  const hidden = inputs.filter((input) => input.type === "hidden" && input.name);
  const topics = inputs.filter((input) => input.name === "topics");
  const checked = topics.filter((input) => "checked" in input);
  const fields: [string, string][] = [
    // The form's own hidden fields, React's server-action ones ($ACTION_REF_…, $ACTION_KEY) included.
    ...hidden.map((input): [string, string] => [input.name!, input.name === "altcha" ? encodePayload(challenge, solution) : (input.value ?? "")]),
    ["name", `Bench Founder ${founder}`],
    // A new address every run: each address may hold only two unconfirmed bookings.
    ["email", `bench-founder-${founder}@example.org`],
    ["country", "GB"],
    ...(checked.length ? checked : topics.slice(0, 1)).map((input): [string, string] => ["topics", input.value ?? ""]),
    ["stage", "forming_group"],
    ["message", "We are five developers leaving our jobs to start a co-op and would like advice on governance."],
    ["consent", "yes"],
    // The honeypot, left empty as a person leaves it.
    ["subject", ""],
  ];
  const action = form.attributes.action;
  return { mentor: slug, actionUrl: action && !action.startsWith("javascript:") ? new URL(action, pageUrl).toString() : pageUrl, fields, issuedAt };
}

/** Posts a prepared form to `baseUrl` (which may be another instance than the one that served it), timing the POST. */
export async function submitBooking(baseUrl: string, booking: PreparedBooking): Promise<{ ms: number; ok: boolean; problem?: string }> {
  const body = new FormData();
  for (const [name, value] of booking.fields) body.append(name, value);
  const action = new URL(booking.actionUrl);
  const target = new URL(action.pathname + action.search, baseUrl);
  const started = performance.now();
  const response = await fetch(target, { method: "POST", body, redirect: "manual", headers: { origin: new URL(baseUrl).origin, accept: "text/html" } });
  const html = await response.text();
  const ms = performance.now() - started;
  const location = response.headers.get("location") ?? "";
  if (response.status === 303 && location.includes("/bookings/requested")) return { ms, ok: true };
  return { ms, ok: false, problem: `${response.status}${location ? ` → ${location}` : ""}: ${alertText(html) ?? "no message"}` };
}

async function inParallel<T>(count: number, work: (worker: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, worker) => work(worker)));
}

/** Submits the forms with `concurrency` founders at a time, timing each POST. */
async function submitAll(baseUrl: string, bookings: PreparedBooking[], concurrency: number, note: (problem: string) => void): Promise<SubmitFigures> {
  const times: number[] = [];
  let succeeded = 0;
  let queue = 0;
  await inParallel(concurrency, async () => {
    while (queue < bookings.length) {
      const result = await submitBooking(baseUrl, bookings[queue++]!);
      times.push(result.ms);
      if (result.ok) succeeded++;
      else note(result.problem!);
    }
  });
  return { attempted: bookings.length, succeeded, p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: Math.max(...times) };
}

/**
 * Prepares `serial + count` bookings of distinct mentors (taken from `slugs` in
 * order, skipping any without a free slot), waits once for the forms to be old
 * enough, submits `serial` of them one at a time, then the rest with
 * `concurrency` founders at once.
 */
export async function benchBookingSubmits(
  baseUrl: string,
  slugs: string[],
  options: { count: number; concurrency: number; serial: number; serverCpuMs?: () => number },
): Promise<BookingFigures> {
  const problems: Record<string, number> = {};
  const note = (problem: string) => (problems[problem] = (problems[problem] ?? 0) + 1);
  const wanted = options.serial + options.count;
  const prepared: PreparedBooking[] = [];
  const solveTimes: number[] = [];
  const preparing = performance.now();
  const run = Date.now().toString(36);
  let next = 0;
  await inParallel(PREPARE_CONCURRENCY, async () => {
    while (prepared.length < wanted && next < slugs.length) {
      const index = next++;
      const result = await prepareBooking(baseUrl, slugs[index]!, `${run}-${index}`, solveTimes);
      if (typeof result === "string") note(`not prepared: ${result}`);
      else if (prepared.length < wanted) prepared.push(result);
    }
  });
  const prepareSeconds = (performance.now() - preparing) / 1000;

  const youngest = Math.max(0, ...prepared.map((booking) => booking.issuedAt));
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, youngest + FORM_MIN_AGE_MS - Date.now())));

  const serial = await submitAll(baseUrl, prepared.slice(0, options.serial), 1, note);
  const cpuBefore = options.serverCpuMs?.();
  const concurrent = await submitAll(baseUrl, prepared.slice(options.serial), options.concurrency, note);
  const cpuAfter = options.serverCpuMs?.();
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { serverCpuMsPerBooking: (cpuAfter - cpuBefore) / Math.max(1, concurrent.attempted) } : {}),
    concurrency: options.concurrency,
    concurrent,
    serial,
    problems,
    prepareSeconds,
    solveMsAverage: solveTimes.reduce((sum, ms) => sum + ms, 0) / Math.max(1, solveTimes.length),
  };
}
