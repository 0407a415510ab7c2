import assert from 'node:assert/strict';
import { newStoredComment } from '../../services/domain/new-comment';
import { CardTurns } from '../../services/app/posting/card-turns';
import type { PostOutcome } from '../../services/app/posting/post-pending-card';
import { facebookComment } from '../support/incoming-comment';
import { silentLog } from '../support/silent-log';
import { TestClock } from '../support/test-clock';

describe('a card that goes into the thread of a card still being posted', () => {
  it('is tried again a moment later on a lease of its own, not left for the outbox sweep', async () => {
    const clock = new TestClock('2026-12-07T11:00:00');
    const tries: { id: string; leasedAtInsert: boolean; at: number }[] = [];
    let stormCardPosted = false;
    const turns = new CardTurns({
      clock,
      logger: silentLog,
      poster: {
        async postStored(stored, leasedAtInsert): Promise<PostOutcome> {
          tries.push({ id: stored.value.commentId, leasedAtInsert, at: performance.now() });
          return stormCardPosted ? 'posted' : 'follows';
        },
      },
    });
    const comment = newStoredComment(facebookComment('12'), clock.now());
    const started = performance.now();
    turns.postSoon({ value: comment, etag: 'e1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(tries.length, 1);
    stormCardPosted = true;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    assert.equal(tries.length, 2, 'once more, within seconds');
    assert.equal(tries[1]?.leasedAtInsert, false, 'the insert’s lease was given back');
    assert.ok((tries[1]?.at ?? 0) - started >= 900, 'after a moment, not at once');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    assert.equal(tries.length, 2, 'posted: not tried again');
  });
});
