// Figures folded in this process from the few grouped rows a query returns.
import type { FeedbackNextStep } from "../db/types";
import { isoDate, parseIsoDate, weekStartOf } from "./period";

export interface DayCountryCount {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
  country: string;
  count: number;
}

/** Sessions per UTC week (Monday, YYYY-MM-DD), in order; weeks without any are absent. */
export function countPerWeek(rows: readonly DayCountryCount[]): { week: string; count: number }[] {
  const weeks = new Map<string, number>();
  for (const row of rows) {
    const day = parseIsoDate(row.day);
    if (!day) throw new RangeError(`Not a calendar day: ${row.day}`);
    const week = isoDate(weekStartOf(day));
    weeks.set(week, (weeks.get(week) ?? 0) + row.count);
  }
  return [...weeks].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, count]) => ({ week, count }));
}

/** The `limit` countries with most sessions, most first, ties by code. */
export function topCountries(rows: readonly DayCountryCount[], limit: number): { country: string; count: number }[] {
  const countries = new Map<string, number>();
  for (const row of rows) countries.set(row.country, (countries.get(row.country) ?? 0) + row.count);
  return [...countries]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(0, limit))
    .map(([country, count]) => ({ country, count }));
}

export interface FeedbackCounts {
  /** Sessions whose founder was asked for feedback (all but no-shows). */
  asked: number;
  responses: number;
  /** How many founders gave each score, 1 to 5. */
  usefulness: Record<number, number>;
  nextSteps: Partial<Record<FeedbackNextStep, number>>;
  /** Answers whose words the founder allowed the programme to quote. */
  quotable: number;
}

export interface FeedbackGroup {
  usefulness: number;
  nextStep: FeedbackNextStep;
  quoteConsent: boolean;
  count: number;
}

/** Answers grouped by (score, next step, consent to quote), summed per question. */
export function tallyFeedback(asked: number, groups: readonly FeedbackGroup[]): FeedbackCounts {
  const counts: FeedbackCounts = { asked, responses: 0, usefulness: {}, nextSteps: {}, quotable: 0 };
  for (const group of groups) {
    counts.responses += group.count;
    counts.usefulness[group.usefulness] = (counts.usefulness[group.usefulness] ?? 0) + group.count;
    counts.nextSteps[group.nextStep] = (counts.nextSteps[group.nextStep] ?? 0) + group.count;
    if (group.quoteConsent) counts.quotable += group.count;
  }
  return counts;
}
