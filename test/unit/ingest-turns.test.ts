import assert from 'node:assert/strict';
import { IngestTurns } from '../../services/app/ingest/ingest-turns';
import { TestClock } from '../support/test-clock';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ingestion turns: what gives way to webhooks and clicks, and never stops', () => {
  let storm: boolean;
  let answering: boolean;
  let quiet: () => void;
  let turns: IngestTurns;
  /** Deliveries that have their turn, in the order they asked for it. */
  let going: number[];

  const ask = (n: number) => void turns.take().then(() => going.push(n));

  beforeEach(() => {
    storm = false;
    answering = false;
    quiet = () => undefined;
    going = [];
    turns = new IngestTurns(
      { storing: () => storm || answering, holding: () => storm, onQuiet: (listener) => (quiet = listener) },
      new TestClock('2026-12-07T11:00:00'),
      { atOnce: 3, whileAnswering: 2, afterPatience: 1, patienceMs: 150 },
    );
  });

  it('gives every place while nobody waits on the foreground, first come first served', async () => {
    for (let n = 1; n <= 5; n += 1) ask(n);
    await pause(10);
    assert.deepEqual(going, [1, 2, 3]);
    turns.give();
    await pause(10);
    assert.deepEqual(going, [1, 2, 3, 4], 'one place freed, one more goes');
  });

  it('gives none during a storm of webhooks, and all once it has passed', async () => {
    storm = true;
    for (let n = 1; n <= 4; n += 1) ask(n);
    await pause(50);
    assert.deepEqual(going, [], 'webhooks first');
    storm = false;
    quiet();
    await pause(10);
    assert.deepEqual(going, [1, 2, 3]);
  });

  it('makes room for a click being answered, without stopping for it', async () => {
    answering = true;
    for (let n = 1; n <= 4; n += 1) ask(n);
    await pause(10);
    assert.deepEqual(going, [1, 2]);
    answering = false;
    quiet();
    await pause(10);
    assert.deepEqual(going, [1, 2, 3]);
  });

  it('goes on one at a time once deliveries have waited through a storm that does not pass', async () => {
    storm = true;
    for (let n = 1; n <= 4; n += 1) ask(n);
    await pause(100);
    assert.deepEqual(going, [], 'not yet past its patience');
    await pause(100);
    assert.deepEqual(going, [1], 'the first, alone');
    turns.give();
    await pause(10);
    assert.deepEqual(going, [1, 2], 'the next as soon as it is through, while the storm lasts');
    turns.give();
    turns.give();
    await pause(10);
    assert.deepEqual(going, [1, 2, 3, 4]);
  });
});
