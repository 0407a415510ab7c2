import assert from 'node:assert/strict';
import sinon from 'sinon';
import { performance } from 'node:perf_hooks';
import { LoadShedder } from '../../bot/http/load-shedder';

describe('load shedding: how many webhooks are taken at once', () => {
  let clock: sinon.SinonFakeTimers;
  let shedder: LoadShedder;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      toFake: ['performance', 'Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    shedder = new LoadShedder({
      maxInFlight: 20,
      maxLoopDelayMs: 0,
      retryAfterSeconds: 10,
      targetAckMs: 100,
    });
  });
  afterEach(() => {
    shedder.stop();
    clock.restore();
  });

  /** Takes deliveries until one would be refused: how many were taken. */
  function takeAll(): (() => void)[] {
    const taken: (() => void)[] = [];
    while (!shedder.reason() && taken.length < 100) taken.push(shedder.enter());
    return taken;
  }

  it('takes fewer while storage is slow, and more again step by step once it answers in time', () => {
    const first = takeAll();
    assert.equal(first.length, 20, 'up to the bound');
    assert.equal(shedder.reason(), 'in_flight');
    clock.tick(400);
    for (const leave of first) leave();
    const second = takeAll();
    assert.equal(second.length, 18, 'one cut by a tenth for a burst of slow answers');
    for (const leave of second) leave();

    for (let round = 0; round < 30; round += 1) {
      const slow = takeAll();
      clock.tick(150);
      for (const leave of slow) leave();
    }
    const floor = takeAll();
    assert.equal(floor.length, 4, 'never fewer than four');
    for (const leave of floor) leave();

    for (let i = 0; i < 2000; i += 1) shedder.enter()();
    assert.equal(takeAll().length, 20, 'fast answers bring it back to the bound');
  });

  it('takes no more while four or more are being stored and the oldest has waited past the target', () => {
    const first = [shedder.enter(), shedder.enter(), shedder.enter()];
    clock.tick(150);
    assert.equal(
      shedder.reason(),
      undefined,
      'three slow ones alone do not stop it: storage may be parallel',
    );
    const fourth = shedder.enter();
    assert.equal(shedder.reason(), 'storing_slow', 'before any slow answer has come back');
    assert.equal(shedder.overloaded(), undefined, 'not a reason to take the bot out of rotation');
    first[0]?.();
    first[1]?.();
    assert.equal(shedder.reason(), undefined, 'fewer than four left');
    const fifth = shedder.enter();
    const sixth = shedder.enter();
    clock.tick(50);
    assert.equal(shedder.reason(), 'storing_slow', 'the oldest left, taken 200 ms ago, is still waiting');
    first[2]?.();
    assert.equal(shedder.reason(), undefined, 'the oldest now waited 50 ms');
    for (const leave of [fourth, fifth, sixth]) leave();
  });

  it('comes back to the bound within a few rounds once storage answers well within the target', () => {
    for (let round = 0; round < 40; round += 1) {
      const slow = takeAll();
      clock.tick(150);
      for (const leave of slow) leave();
    }
    const taken: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const fast = takeAll();
      taken.push(fast.length);
      clock.tick(20);
      for (const leave of fast) leave();
    }
    assert.deepEqual(taken, [4, 8, 16], 'from the fewest, twice as many each round');
    assert.equal(takeAll().length, 20);
  });

  it('keeps to the bound when no target is set', () => {
    shedder.stop();
    shedder = new LoadShedder({ maxInFlight: 3, maxLoopDelayMs: 0, retryAfterSeconds: 10 });
    const taken = takeAll();
    clock.tick(5000);
    for (const leave of taken) leave();
    assert.equal(takeAll().length, 3);
  });

  it('tells background work while a stream of deliveries is being stored, and once it has passed', () => {
    let quiet = 0;
    shedder.onQuiet(() => (quiet += 1));
    assert.equal(shedder.storing(), false);
    const first = shedder.enter();
    assert.equal(shedder.storing(), true);
    assert.equal(shedder.holding(), false, 'one delivery alone is no stream');
    const second = shedder.enter();
    assert.equal(shedder.holding(), true);
    first();
    clock.tick(1000);
    assert.equal(quiet, 0, 'one is still being stored');
    second();
    second();
    clock.tick(1);
    assert.equal(quiet, 1, 'the last of two a second apart: no stream, quiet at once');
    assert.equal(shedder.storing(), false);
    clock.tick(60);
    shedder.enter()();
    assert.equal(shedder.storing(), true, 'two within a tenth of a second are a stream');
    clock.tick(60);
    shedder.enter()();
    clock.tick(60);
    assert.equal(shedder.storing(), true, 'a tenth of a second after the last of the stream');
    assert.equal(quiet, 1, 'the stream goes on');
    clock.tick(60);
    assert.equal(shedder.storing(), false);
    assert.equal(quiet, 2, 'told once it has passed');
  });

  it('still tells once quiet when its timer fires a little early by the clock it measures on', () => {
    let quiet = 0;
    shedder.onQuiet(() => (quiet += 1));
    // The monotonic clock runs a little behind the timers, as it can in a running process. A sandbox of its own:
    // the default one's restore, elsewhere, would put back the fake timers' clock in its place.
    const stubs = sinon.createSandbox();
    const performanceNow = stubs.stub(performance, 'now').returns(1000);
    try {
      const stream = [shedder.enter(), shedder.enter()];
      for (const leave of stream) leave();
      performanceNow.returns(1099);
      clock.tick(100);
      assert.equal(quiet, 0, 'not yet quiet by the clock it measures on');
      performanceNow.returns(1102);
      clock.tick(2);
      assert.equal(quiet, 1, 'told at the next moment, not only when the next delivery comes');
    } finally {
      stubs.restore();
    }
  });
});
