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
});
