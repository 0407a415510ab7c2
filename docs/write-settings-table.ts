import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { CONFIGURATION_DOC, withSettingsTable } from '../bot/config/settings/settings-table';

/** `npm run docs:settings`: writes the configuration table into docs/configuration.md, formatted as the repository does. */
async function main(): Promise<void> {
  const file = CONFIGURATION_DOC;
  const options = (await resolveConfig(file)) ?? {};
  const next = await format(withSettingsTable(readFileSync(file, 'utf8')), { ...options, filepath: file });
  writeFileSync(file, next);
}

void main();
