import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  committedResults,
  PERFORMANCE_DOC,
  TABLE_END,
  TABLE_START,
  withResultsTable,
} from '../../bench/results-table';

/** Figures published in docs/performance.md come from results committed beside them, each naming its commit. */
describe('the performance figures', () => {
  it('are the table the committed results draw (npm run docs:performance redraws it)', async () => {
    const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
    assert.ok(doc.includes(TABLE_START) && doc.includes(TABLE_END));
    const options = (await resolveConfig(PERFORMANCE_DOC)) ?? {};
    const drawn = await format(withResultsTable(doc, committedResults()), {
      ...options,
      filepath: PERFORMANCE_DOC,
    });
    assert.equal(doc, drawn, 'the table differs from bench/results: run npm run docs:performance');
  });

  it('each name the commit they measured and how many runs each median is of', () => {
    const results = committedResults();
    assert.ok(results.length > 0, 'results are committed');
    for (const result of results) {
      assert.match(result.commit, /^[0-9a-f]{40}$/, result.phase);
      for (const f of result.figures)
        assert.ok(f.runs >= 1 && f.min <= f.value && f.value <= f.max, f.measure);
    }
  });
});
