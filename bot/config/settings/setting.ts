import type { Env, Problems } from '../problems';

/** What a reader knows besides the raw value: which setting, whether the bot runs locally, the rest of the env. */
export interface ReadContext {
  readonly name: string;
  readonly local: boolean;
  readonly env: Env;
  readonly problems: Problems;
}

/** A value read from the environment: the trimmed raw text (undefined when unset or blank), checked and typed. */
export type Reader<T> = (raw: string | undefined, at: ReadContext) => T;

/**
 * One environment variable: how it is documented (the default as shown and what it means, which is docs/configuration.md's
 * configuration table) and, for those `loadConfig` reads, how it is read. `required` names why production cannot
 * start without it; `readBy` says which tool reads a variable the bot itself does not.
 */
export interface Setting<T = unknown> {
  readonly shown: string;
  readonly meaning: string;
  readonly read?: Reader<T>;
  readonly required?: string;
  readonly readBy?:
    | 'accounts file'
    | 'local-mode guard'
    | 'Azure Monitor'
    | 'Azure Identity (storage)'
    | 'npm run package'
    | 'npm run demo'
    | 'npm run test:e2e';
}

type Fallback<T> = T | ((at: ReadContext) => T);

function fallbackOf<T>(fallback: Fallback<T>, at: ReadContext): T {
  return typeof fallback === 'function' ? (fallback as (at: ReadContext) => T)(at) : fallback;
}

export function text(fallback: Fallback<string> = ''): Reader<string> {
  return (raw, at) => raw ?? fallbackOf(fallback, at);
}

/** Text that is undefined when unset: the setting turns something on. */
export function optionalText(): Reader<string | undefined> {
  return (raw) => raw;
}

/** A secret is taken as given (a password may end in a space). */
export function secret(): Reader<string> {
  return (_raw, at) => at.env[at.name] ?? '';
}

export function int(fallback: number, min = 0, max = 65535): Reader<number> {
  return (raw, at) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      at.problems.add(at.name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
}

/** A whole number that is undefined when unset: production may need it said. */
export function optionalInt(min: number, max: number): Reader<number | undefined> {
  const read = int(Number.NaN, min, max);
  return (raw, at) => {
    if (raw === undefined) return undefined;
    const value = read(raw, at);
    return Number.isNaN(value) ? undefined : value;
  };
}

export function oneOf<const V extends string>(
  values: readonly V[],
  fallback: Fallback<V>,
  options: { lowerCase?: boolean } = {},
): Reader<V> {
  return (raw, at) => {
    const value = (options.lowerCase ? raw?.toLowerCase() : raw) ?? fallbackOf(fallback, at);
    if ((values as readonly string[]).includes(value)) return value as V;
    const list = `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
    at.problems.add(at.name, `must be ${list}, got "${value}"`);
    return fallbackOf(fallback, at);
  };
}

export function yesNo(fallback: boolean): Reader<boolean> {
  return (raw, at) => {
    const value = raw?.toLowerCase();
    if (value === undefined) return fallback;
    if (value !== 'yes' && value !== 'no') at.problems.add(at.name, 'must be yes or no');
    return value === 'yes';
  };
}

/** Text of a fixed form, refused with what the form is. */
export function matching(pattern: RegExp, form: string, fallback: Fallback<string> = ''): Reader<string> {
  return (raw, at) => {
    const value = raw ?? fallbackOf(fallback, at);
    if (value && !pattern.test(value)) at.problems.add(at.name, form);
    return value;
  };
}

/**
 * An http(s) base URL without its trailing slash. `httpsInProduction`: tokens and keys travel over it, so
 * production takes https only.
 */
export function url(fallback: Fallback<string>, httpsInProduction = true): Reader<string> {
  return (raw, at) => {
    const value = raw ?? fallbackOf(fallback, at);
    const httpsOnly = httpsInProduction && !at.local;
    let protocol = '';
    try {
      protocol = new URL(value).protocol;
    } catch {
      // Named below.
    }
    if (protocol !== 'https:' && (httpsOnly || protocol !== 'http:')) {
      at.problems.add(
        at.name,
        httpsOnly
          ? `must be an https:// URL in production (tokens and keys travel over it), got "${value}"`
          : `must be an http(s) URL, got "${value}"`,
      );
    }
    return value.replace(/\/+$/, '');
  };
}

export function optionalUrl(): Reader<string | undefined> {
  const read = url('', false);
  return (raw, at) => (raw === undefined ? undefined : read(raw, at));
}

/** A comma-separated list, each entry trimmed, blanks dropped. */
export function list(): Reader<string[]> {
  return (raw) =>
    (raw ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
}
