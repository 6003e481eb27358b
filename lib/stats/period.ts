// Periods are whole UTC calendar days, and weeks run Monday to Sunday in UTC, so
// every organiser sees the same figures whatever their zone.

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** What every stats query is scoped by: sessions starting in [from, to), optionally of these mentors only. */
export interface StatsScope {
  from: Date;
  to: Date;
  mentorIds?: readonly string[];
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Midnight UTC of a YYYY-MM-DD date, or null for anything that is not a real date. */
export function parseIsoDate(text: string): Date | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Monday 00:00 UTC of the week this instant falls in. */
export function weekStartOf(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/** The last 12 whole weeks, this one included: Monday eleven weeks ago to this Sunday. */
export function defaultPeriod(now: Date): Period {
  const monday = weekStartOf(now);
  return { from: isoDate(new Date(monday.getTime() - 11 * WEEK_MS)), to: isoDate(new Date(monday.getTime() + 6 * DAY_MS)) };
}

/** The instants a period covers: from its first midnight up to, not including, the midnight after its last day. */
export function periodScope(period: Period, mentorIds?: readonly string[]): StatsScope {
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  if (!from || !to) throw new RangeError(`Invalid period ${period.from}..${period.to}`);
  return { from, to: new Date(to.getTime() + DAY_MS), ...(mentorIds ? { mentorIds } : {}) };
}

/** Days in the period. */
export function periodDays(scope: StatsScope): number {
  return (scope.to.getTime() - scope.from.getTime()) / DAY_MS;
}

/** Mondays (YYYY-MM-DD) of every week the period touches, in order: the chart's bars. */
export function weekStarts(scope: StatsScope): string[] {
  const weeks: string[] = [];
  for (let monday = weekStartOf(scope.from).getTime(); monday < scope.to.getTime(); monday += WEEK_MS) {
    weeks.push(isoDate(new Date(monday)));
  }
  return weeks;
}
