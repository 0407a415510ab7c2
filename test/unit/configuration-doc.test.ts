import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { SETTINGS } from '../../bot/config/settings/catalogue';
import {
  CONFIGURATION_DOC,
  TABLE_END,
  TABLE_START,
  withSettingsTable,
} from '../../bot/config/settings/settings-table';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** The configuration table (docs/configuration.md) is how IT finds a setting: drawn from the catalogue the bot reads. */
describe('the configuration table', () => {
  it('is the table the settings catalogue draws (npm run docs:settings redraws it)', async () => {
    const doc = readFileSync(CONFIGURATION_DOC, 'utf8');
    assert.ok(doc.includes(TABLE_START) && doc.includes(TABLE_END));
    const options = (await resolveConfig(CONFIGURATION_DOC)) ?? {};
    const drawn = await format(withSettingsTable(doc), { ...options, filepath: CONFIGURATION_DOC });
    assert.equal(doc, drawn, 'the table differs from bot/config/settings: run npm run docs:settings');
  });

  it('has an entry for every environment variable the bot and its tools read', () => {
    const declared = Object.keys(SETTINGS);
    const read = new Set<string>();
    for (const file of [...sources('bot'), ...sources('manifest'), ...sources('test/e2e')]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/env\.([A-Za-z_]+)(?!\s*=[^=])/g)) read.add(match[1] ?? '');
      for (const match of text.matchAll(/`([A-Z_]+_TOKEN)_\$\{/g)) read.add(`${match[1]}_<`);
    }
    assert.ok(read.size >= 10, `found only ${read.size} names`);
    const missing = [...read].filter(
      (name) => !declared.some((key) => key === name || (name.endsWith('<') && key.startsWith(name))),
    );
    assert.deepEqual(missing, []);
  });
});
