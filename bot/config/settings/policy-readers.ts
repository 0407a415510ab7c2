import { list, type Reader } from './setting';

/** Readers for the settings of the city's policy: times of day, durations, closed days, people, patterns. */

function minutesOf(raw: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  return match && Number(match[2]) <= 59 && minutes < 24 * 60 ? minutes : NaN;
}

/** A time of day like 08:30, as minutes after midnight. */
export function timeOfDay(fallback: number): Reader<number> {
  return (raw, at) => {
    if (raw === undefined) return fallback;
    const minutes = minutesOf(raw);
    if (Number.isNaN(minutes)) {
      at.problems.add(at.name, `must be a time of day like 08:30, got "${raw}"`);
      return fallback;
    }
    return minutes;
  };
}

/** Office hours like 08:00-17:00, as minutes after midnight. */
export function timeSpan(fallback: {
  readonly start: number;
  readonly end: number;
}): Reader<{ start: number; end: number }> {
  return (raw, at) => {
    if (raw === undefined) return { ...fallback };
    const [from, to, ...rest] = raw.split('-');
    const start = minutesOf(from ?? '');
    const end = minutesOf(to ?? '');
    if (rest.length > 0 || !(start < end)) {
      at.problems.add(at.name, `must be like 08:00-17:00, got "${raw}"`);
      return { ...fallback };
    }
    return { start, end };
  };
}

/** Durations like "4h,1h" or "90min", as minutes. */
export function durations(fallback: readonly number[]): Reader<number[]> {
  return (raw, at) => {
    if (raw === undefined) return [...fallback];
    const minutes = raw.split(',').map((part) => {
      const match = /^(\d+)\s*(h|min)$/.exec(part.trim());
      return match ? Number(match[1]) * (match[2] === 'h' ? 60 : 1) : NaN;
    });
    if (minutes.some((m) => !Number.isFinite(m) || m <= 0)) {
      at.problems.add(at.name, `must list durations like "4h,1h" or "90min", got "${raw}"`);
      return [...fallback];
    }
    return minutes;
  };
}

/** Months of the year as numbers 1–12, comma-separated; `none` (or empty) for none. */
export function months(fallback: readonly number[]): Reader<number[]> {
  return (raw, at) => {
    if (raw === undefined) return [...fallback];
    if (raw === 'none') return [];
    const numbers = raw.split(',').map((part) => Number(part.trim()));
    if (numbers.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) {
      at.problems.add(at.name, `must list months as numbers 1–12 like "6,12", or be "none"; got "${raw}"`);
      return [...fallback];
    }
    return [...new Set(numbers)].sort((a, b) => a - b);
  };
}

/** Dates like 2026-05-15, comma-separated. */
export function dates(): Reader<string[]> {
  const entries = list();
  return (raw, at) => {
    const days = entries(raw, at);
    for (const day of days) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
        at.problems.add(at.name, `"${day}" is not a date like 2026-05-15`);
    }
    return days;
  };
}

/** People as `<Entra object id>:<name>`, comma-separated. */
export function people(): Reader<{ id: string; name: string }[]> {
  const entries = list();
  return (raw, at) =>
    entries(raw, at).map((entry) => {
      const [id, ...name] = entry.split(':');
      if (!id || name.length === 0) at.problems.add(at.name, `"${entry}" must be <Entra object id>:<name>`);
      return { id: id ?? '', name: name.join(':').trim() };
    });
}

/** A regular expression, with the default used when the given one does not compile. */
export function pattern(fallback: RegExp): Reader<RegExp> {
  return (raw, at) => {
    if (raw === undefined) return fallback;
    try {
      return new RegExp(raw);
    } catch {
      at.problems.add(at.name, 'is not a valid regular expression');
      return fallback;
    }
  };
}
