import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { withSettingsTable } from '../bot/config/settings/settings-table';

/** `npm run docs:settings`: writes the configuration table into README.md, formatted as the repository formats. */
async function main(): Promise<void> {
  const file = 'README.md';
  const options = (await resolveConfig(file)) ?? {};
  const next = await format(withSettingsTable(readFileSync(file, 'utf8')), { ...options, filepath: file });
  writeFileSync(file, next);
}

void main();
