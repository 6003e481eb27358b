/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const window = medianWindow(sorted.length);
  return window ? medianOfWindow(sorted.slice(window.offset, window.offset + window.limit)) : null;
}

/**
 * Which rows of `count` sorted rows hold the median: the database returns just
 * those (ORDER BY … LIMIT limit OFFSET offset), which works on SQLite too.
 */
export function medianWindow(count: number): { offset: number; limit: number } | null {
  if (count <= 0) return null;
  return { offset: Math.floor((count - 1) / 2), limit: count % 2 === 1 ? 1 : 2 };
}

/** The median from the rows medianWindow picked. */
export function medianOfWindow(rows: readonly number[]): number | null {
  if (rows.length === 0) return null;
  return rows.length === 1 ? rows[0]! : (rows[0]! + rows[1]!) / 2;
}

/** part ÷ whole, or null when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Booked slots ÷ offered slots; null when nothing was offered. */
export function fillRate(booked: number, offered: number): number | null {
  return shareOf(booked, offered);
}

/** One entry per week of the chart, zero where the database had no row. */
export function fillWeeks(weeks: readonly string[], counts: readonly { week: string; count: number }[]): { week: string; count: number }[] {
  const byWeek = new Map(counts.map((row) => [row.week, row.count]));
  return weeks.map((week) => ({ week, count: byWeek.get(week) ?? 0 }));
}

export interface VolunteerLoad {
  sessions: number;
  maxPerWeek: number;
}

export interface FlaggedLoad {
  perWeek: number;
  /** On average as many sessions a week as their own weekly cap allows, or more. */
  atCap: boolean;
  /** Among the busiest tenth; only said when at least ten volunteers had sessions. */
  topDecile: boolean;
}

export const TOP_DECILE_MIN_VOLUNTEERS = 10;

/** Marks volunteers who may be carrying too much, for the sessions-per-volunteer chart. */
export function flagOverload<Row extends VolunteerLoad>(rows: readonly Row[], weeks: number): (Row & FlaggedLoad)[] {
  const busy = rows
    .filter((row) => row.sessions > 0)
    .map((row) => row.sessions)
    .sort((a, b) => b - a);
  const threshold = busy.length >= TOP_DECILE_MIN_VOLUNTEERS ? busy[Math.ceil(busy.length / 10) - 1]! : Infinity;
  return rows.map((row) => {
    const perWeek = weeks > 0 ? row.sessions / weeks : 0;
    return { ...row, perWeek, atCap: row.sessions > 0 && perWeek >= row.maxPerWeek, topDecile: row.sessions >= threshold };
  });
}

/** The median of values given as a histogram (value → how many), without listing them; null for none. */
export function medianOfCounts(counts: Readonly<Record<number, number>>): number | null {
  const buckets = Object.entries(counts)
    .map(([value, count]) => [Number(value), count] as const)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  const window = medianWindow(total);
  if (!window) return null;
  const picked: number[] = [];
  let seen = 0;
  for (const [value, count] of buckets) {
    for (let index = Math.max(window.offset, seen); index < Math.min(window.offset + window.limit, seen + count); index++) picked.push(value);
    seen += count;
  }
  return medianOfWindow(picked);
}
