import type { Platform } from '../platform';
import type { CommentCount } from './comment-count';

/** How one account's comments of a day stand against the 24-hour promise. */
export interface AccountTally {
  readonly kept: number;
  readonly broken: number;
  readonly notNeeded: number;
  /** The deadlines of those not settled yet: each is broken once its deadline has passed. */
  readonly unsettled: readonly string[];
}

/**
 * The overview's figures of one platform's comments written on one day (Swedish time): what `/api/overview` reads
 * instead of the comments, so its cost follows days and accounts, not comments. Histograms keep medians exact.
 */
export interface DayTotals {
  readonly count: number;
  readonly accounts: Readonly<Record<string, AccountTally>>;
  /** Index is the hour of day it was written. */
  readonly hours: readonly number[];
  /** Minutes to first response (as `minuteBucket` keeps them) → how many. */
  readonly minutes: Readonly<Record<string, number>>;
  /** Conversations with several items: first item's id → items this day and the city's answers to them. */
  readonly threads: Readonly<Record<string, readonly [number, number]>>;
  /** Items alone in their conversation: the city's answers to one → how many. */
  readonly single: Readonly<Record<string, number>>;
  /** Per person (staff id): name, items closed with an answer, whole minutes of first responses → how many. */
  readonly people: Readonly<Record<string, PersonTally>>;
}

export interface PersonTally {
  readonly name: string;
  readonly answered: number;
  readonly minutes: Readonly<Record<string, number>>;
}

/** A day's totals on one platform. */
export interface DayFigures {
  readonly day: string;
  readonly platform: Platform;
  readonly totals: DayTotals;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/**
 * Minutes to a first response as the figures keep them: to the minute within two hours, to five minutes within a
 * day, to half an hour beyond. A median of hours is read to that; a day's histogram stays the same size however
 * many comments it counts.
 */
export function minuteBucket(minutes: number): number {
  if (minutes < 120) return minutes;
  if (minutes < 1440) return Math.round(minutes / 5) * 5;
  return Math.round(minutes / 30) * 30;
}

const bump = (counts: Record<string, number>, key: string | number, by = 1) => {
  counts[String(key)] = (counts[String(key)] ?? 0) + by;
};

export function foldDay(counts: Iterable<CommentCount>): DayTotals {
  let count = 0;
  const accounts: Record<string, Mutable<AccountTally>> = {};
  const hours = Array.from({ length: 24 }, () => 0);
  const minutes: Record<string, number> = {};
  const threads: Record<string, [number, number]> = {};
  const single: Record<string, number> = {};
  const people: Record<string, { name: string; answered: number; minutes: Record<string, number> }> = {};
  const person = (id: string, name: string) => (people[id] ??= { name, answered: 0, minutes: {} });
  for (const c of counts) {
    count++;
    const account = (accounts[c.a] ??= { kept: 0, broken: 0, notNeeded: 0, unsettled: [] });
    if (c.o === 'kept') account.kept++;
    else if (c.o === 'broken') account.broken++;
    else if (c.o === 'not_needed') account.notNeeded++;
    else account.unsettled.push(c.d ?? '');
    hours[c.h] = (hours[c.h] ?? 0) + 1;
    if (c.m !== undefined) bump(minutes, minuteBucket(c.m));
    if (c.r !== undefined) {
      const thread = (threads[c.r] ??= [0, 0]);
      thread[0] += 1;
      thread[1] += c.x;
    } else bump(single, c.x);
    if (c.c) person(c.c[0], c.c[1]).answered += 1;
    if (c.f) bump(person(c.f[0], c.f[1]).minutes, minuteBucket(c.f[2]));
  }
  for (const account of Object.values(accounts)) account.unsettled.sort();
  return { count, accounts, hours, minutes, threads, single, people };
}

/** The median of a histogram (value → how many), or undefined when it is empty. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | undefined {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const total = values.reduce((sum, value) => sum + (histogram.get(value) ?? 0), 0);
  if (total === 0) return undefined;
  const nth = (n: number) => {
    let seen = 0;
    for (const value of values) {
      seen += histogram.get(value) ?? 0;
      if (seen > n) return value;
    }
    return values.at(-1) ?? 0;
  };
  return total % 2 === 1 ? nth((total - 1) / 2) : (nth(total / 2 - 1) + nth(total / 2)) / 2;
}

/** Adds a stored histogram (keys as text) into a running one. */
export function addHistogram(into: Map<number, number>, from: Readonly<Record<string, number>>): void {
  for (const [key, n] of Object.entries(from)) into.set(Number(key), (into.get(Number(key)) ?? 0) + n);
}
