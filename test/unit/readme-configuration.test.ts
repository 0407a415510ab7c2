import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The README's configuration table is how IT finds a setting: every variable the code reads must be in it. */
describe('README configuration table', () => {
  it('lists every environment variable that the bot and the package builder read', () => {
    const source = ['bot/config.ts', 'manifest/package-settings.ts']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const names = new Set<string>();
    for (const match of source.matchAll(/env\.([A-Za-z_]+)|env,\s*'([A-Z_]+)'|\{ ([A-Z_]+): /g)) {
      names.add(match[1] ?? match[2] ?? match[3] ?? '');
    }
    for (const match of source.matchAll(/`([A-Z_]+_TOKEN)_\$\{suffix\}`/g)) names.add(`${match[1]}_`);
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    assert.ok(names.size > 30, `found only ${names.size} names`);
    const missing = [...names].filter((name) => !table.includes(`\`${name}`));
    assert.deepEqual(missing, []);
  });
});
