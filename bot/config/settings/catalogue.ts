import type { Env, Problems } from '../problems';
import { CREDENTIAL_SETTINGS } from './credential-settings';
import { GRAPH_SETTINGS } from './graph-settings';
import { PLATFORM_SETTINGS } from './platform-settings';
import { POLICY_SETTINGS } from './policy-settings';
import { RUNTIME_SETTINGS } from './runtime-settings';
import type { Reader, Setting } from './setting';
import { TEAMS_SETTINGS } from './teams-settings';

/**
 * Every environment variable Svarsvakten and its tools read, in the order docs/configuration.md lists them: the one place a
 * setting is declared, documented and (for the bot's own) read and checked.
 */
export const SETTINGS = {
  ...TEAMS_SETTINGS,
  ...GRAPH_SETTINGS,
  ...PLATFORM_SETTINGS,
  ...CREDENTIAL_SETTINGS,
  ...POLICY_SETTINGS,
  ...RUNTIME_SETTINGS,
} satisfies Record<string, Setting>;

type Catalogue = typeof SETTINGS;
type ReadName = {
  [K in keyof Catalogue]: Catalogue[K] extends { read: Reader<unknown> } ? K : never;
}[keyof Catalogue];

/** The value of every setting the bot reads, as read and checked. */
export type SettingValues = {
  readonly [K in ReadName]: Catalogue[K] extends { read: Reader<infer T> } ? T : never;
};

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Reads each setting the catalogue says how to read; every problem is added, none stops the others. */
export function readSettings(env: Env, local: boolean, problems: Problems): SettingValues {
  const values: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [string, Setting][]) {
    if (!setting.read) continue;
    const raw = env[name]?.trim() || undefined;
    const value = setting.read(raw, { name, local, env, problems });
    // A value given but wrong is named by its reader; one not given at all, by what production needs it for.
    if (setting.required && !local && raw === undefined && isEmpty(value))
      problems.add(name, setting.required);
    values[name] = value;
  }
  return values as SettingValues;
}
