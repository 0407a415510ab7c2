import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { committedResults, PERFORMANCE_DOC, withResultsTable } from '../bench/results-table';

/** `npm run docs:performance`: writes the committed benchmark results into docs/performance.md. */
async function main(): Promise<void> {
  const file = PERFORMANCE_DOC;
  const options = (await resolveConfig(file)) ?? {};
  const doc = withResultsTable(readFileSync(file, 'utf8'), committedResults());
  writeFileSync(file, await format(doc, { ...options, filepath: file }));
}

void main();
