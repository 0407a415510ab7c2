import assert from 'node:assert/strict';
import { Foreground } from '../../bot/http/foreground';

describe('the foreground: what someone waits on, for background work to give way to', () => {
  it('is busy while a Teams activity is handled and a moment after, and says so once quiet', async () => {
    let holding = false;
    let quietAgain: () => void = () => undefined;
    const webhooks = {
      storing: () => holding,
      holding: () => holding,
      onQuiet: (listener: () => void) => (quietAgain = listener),
    };
    const foreground = new Foreground(webhooks);
    const told: string[] = [];
    foreground.onQuiet(() => told.push('quiet'));

    assert.equal(foreground.storing(), false);
    const leave = foreground.enter();
    assert.equal(foreground.storing(), true, 'a click is being answered');
    leave();
    leave();
    assert.equal(foreground.storing(), true, 'a moment after it: clicks come in runs');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(foreground.storing(), false);
    assert.deepEqual(told, ['quiet']);

    holding = true;
    assert.equal(foreground.storing(), true, 'webhooks being held');
    quietAgain();
    assert.deepEqual(told, ['quiet'], 'not quiet while they still are');
    holding = false;
    quietAgain();
    assert.deepEqual(told, ['quiet', 'quiet']);
  });

  /** A foreground over webhooks in a storm, which `pass` ends and tells of. */
  function inAStorm() {
    let storm = true;
    let told: () => void = () => undefined;
    const foreground = new Foreground({
      storing: () => storm,
      holding: () => storm,
      onQuiet: (listener) => (told = listener),
    });
    const pass = () => {
      storm = false;
      told();
    };
    return { foreground, pass };
  }

  it('is holding only while webhooks are, and says so when a storm passes while a click is still answered', () => {
    const { foreground, pass } = inAStorm();
    const told: string[] = [];
    foreground.onQuiet(() => told.push('look again'));
    const leave = foreground.enter();
    assert.equal(foreground.holding(), true);
    pass();
    assert.equal(foreground.holding(), false, 'a click alone is no storm');
    assert.equal(foreground.storing(), true, 'but someone still waits');
    assert.deepEqual(told, ['look again'], 'ingestion may go on beside the click, in part');
    leave();
  });

  it('says so again once a click answered just before a storm passed has had its quiet too', async () => {
    const { foreground, pass } = inAStorm();
    const told: boolean[] = [];
    foreground.onQuiet(() => told.push(foreground.storing()));
    foreground.enter()();
    pass();
    assert.deepEqual(told, [true], 'at once: a click is still in its quiet, ingestion goes on in part');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(told, [true, false], 'and once nothing waits at all');
  });
});
