import { SETTINGS } from './catalogue';
import type { Setting } from './setting';

/** The configuration table (docs/configuration.md), drawn from the catalogue: the documentation cannot drift from the code. */
export function settingsTable(): string {
  const rows = (Object.entries(SETTINGS) as [string, Setting][]).map(
    ([name, setting]) => `| \`${name}\` | ${setting.shown} | ${setting.meaning} |`,
  );
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

export const TABLE_START =
  '<!-- settings-table: drawn from bot/config/settings by `npm run docs:settings` -->';
export const TABLE_END = '<!-- end of settings-table -->';

/** Where the table is: the configuration guide. */
export const CONFIGURATION_DOC = 'docs/configuration.md';

/** The guide with its configuration table replaced by the one drawn from the catalogue. */
export function withSettingsTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${CONFIGURATION_DOC} has no ${TABLE_START} … ${TABLE_END} section`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${settingsTable()}\n\n${readme.slice(end)}`;
}
