import assert from 'node:assert/strict';
import sinon from 'sinon';
import { stallingAfter } from '../../services/adapters/blobs/stalling-read';

const MINUTE = 60_000;

/**
 * A read from storage: the pieces it has, then a wait that ends only when the read is aborted, in the words the
 * storage client uses for any abort.
 */
function readThatHangsAfter(pieces: Uint8Array[], stop: AbortController): AsyncIterable<Uint8Array> {
  return (async function* () {
    yield* pieces;
    await new Promise((_, reject) =>
      stop.signal.addEventListener('abort', () => reject(new Error('The operation was aborted.'))),
    );
  })();
}

describe('a kept copy read a piece at a time', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers()));
  afterEach(() => clock.restore());

  it('ends a read whose next piece does not come in two minutes, but not a reader that takes its time', async () => {
    const stop = new AbortController();
    const read = stallingAfter(2 * MINUTE, readThatHangsAfter([new Uint8Array(8)], stop), stop);
    const first = await read.next();
    assert.equal(first.value?.length, 8);
    // The admin's download takes ten minutes before it asks for more: nothing is given up meanwhile.
    await clock.tickAsync(10 * MINUTE);
    assert.equal(stop.signal.aborted, false);
    const next = read.next();
    const outcome = assert.rejects(next, /MediaReadStalled/);
    await clock.tickAsync(2 * MINUTE - 1);
    assert.equal(stop.signal.aborted, false, 'still within its two minutes');
    await clock.tickAsync(1);
    await outcome;
  });
});
