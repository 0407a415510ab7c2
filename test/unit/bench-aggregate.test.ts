import assert from 'node:assert/strict';
import { aggregate } from '../../bench/aggregate';
import { figure } from '../../bench/bench-targets';

describe('benchmark figures over three runs', () => {
  it('judge the median against the target and keep the range', () => {
    const runs = [40, 62, 45].map((ms) => [figure('claim p99', ms, 'ms', 50, `run of ${ms}`)]);
    assert.deepEqual(aggregate(runs), [
      {
        measure: 'claim p99',
        value: 45,
        unit: 'ms',
        target: 50,
        comparison: '≤',
        met: true,
        detail: 'run of 45',
        runs: 3,
        min: 40,
        max: 62,
      },
    ]);
  });

  it('count a figure missing from one run as not met', () => {
    const runs = [[figure('lost', 0, '', 0, undefined, '=')], [], [figure('lost', 0, '', 0, undefined, '=')]];
    assert.equal(aggregate(runs)[0]?.met, false);
  });

  it('hold an = figure to every run: one run that lost a comment is not hidden by the median', () => {
    const runs = [0, 3, 0].map((lost) => [figure('lost', lost, '', 0, undefined, '=')]);
    const [lost] = aggregate(runs);
    assert.equal(lost?.value, 0);
    assert.equal(lost?.met, false);
    assert.deepEqual([lost?.min, lost?.max], [0, 3]);
  });

  it('judge the median before rounding it for the table', () => {
    const runs = [1.34, 1.34, 1.34].map((ratio) => [figure('ratio', ratio, '', 1.3)]);
    const [ratio] = aggregate(runs);
    assert.equal(ratio?.value, 1.3, 'shown rounded');
    assert.equal(ratio?.met, false, 'judged as measured');
  });
});
