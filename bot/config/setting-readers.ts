import type { Env, Problems } from './problems';

/** Readers for one setting each: the value, or the fallback with the problem named. */

export function int(
  env: Env,
  name: string,
  fallback: number,
  problems: Problems,
  min = 0,
  max = 65535,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.add(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

export function url(env: Env, name: string, fallback: string, problems: Problems, httpsOnly = false): string {
  const raw = env[name]?.trim() || fallback;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // Named below.
  }
  if (protocol !== 'https:' && (httpsOnly || protocol !== 'http:')) {
    problems.add(
      name,
      httpsOnly
        ? `must be an https:// URL in production (tokens and keys travel over it), got "${raw}"`
        : `must be an http(s) URL, got "${raw}"`,
    );
  }
  return raw.replace(/\/+$/, '');
}

export function timeOfDay(env: Env, name: string, fallback: number, problems: Problems): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes >= 24 * 60) {
    problems.add(name, `must be a time of day like 08:30, got "${raw}"`);
    return fallback;
  }
  return minutes;
}

export function durations(env: Env, name: string, fallback: readonly number[], problems: Problems): number[] {
  const raw = env[name]?.trim();
  if (!raw) return [...fallback];
  const minutes = raw.split(',').map((part) => {
    const match = /^(\d+)\s*(h|min)$/.exec(part.trim());
    return match ? Number(match[1]) * (match[2] === 'h' ? 60 : 1) : NaN;
  });
  if (minutes.some((m) => !Number.isFinite(m) || m <= 0)) {
    problems.add(name, `must list durations like "4h,1h" or "90min", got "${raw}"`);
    return [...fallback];
  }
  return minutes;
}

export function ids(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
