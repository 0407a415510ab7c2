import assert from 'node:assert/strict';
import { EventIngester } from '../../services/app/ingest/ingest-events';
import type { StoredComment } from '../../services/domain/comment';
import { DEFAULT_DEADLINE_POLICY } from '../../services/domain/deadline';
import type { Platform } from '../../services/domain/platform';
import type { Versioned } from '../../services/ports/index';
import { useCaseWorld } from './use-case-world';
import { facebookComment } from '../support/incoming-comment';

function ingesterIn(world: ReturnType<typeof useCaseWorld>, known = new Set(['104729384756102'])) {
  const posted: Versioned<StoredComment>[] = [];
  const refreshed: StoredComment[] = [];
  const dropped: { platform: Platform; accountId: string; count: number }[] = [];
  const ingester = new EventIngester({
    store: world.store,
    outbox: { postSoon: (stored) => void posted.push(stored) },
    updater: { refresh: async (comment) => Boolean(refreshed.push(comment)) },
    reminders: {
      planFor: (comment: StoredComment) => [
        {
          kind: 'overdue',
          dueAt: comment.deadline,
          platform: comment.platform,
          commentId: comment.commentId,
        },
      ],
    },
    clock: world.clock,
    deadlinePolicy: DEFAULT_DEADLINE_POLICY,
    accounts: { knows: (_platform, accountId) => known.has(accountId) },
    foreignAccounts: {
      dropped: async (platform, accountId, count) => void dropped.push({ platform, accountId, count }),
    },
  });
  return { ingester, posted, refreshed, dropped };
}

describe('use case: ingest events', () => {
  it('stores a new comment open with its deadline and its reminders, then asks for its card', async () => {
    const world = useCaseWorld();
    const { ingester, posted } = ingesterIn(world);
    const result = await ingester.ingest([{ kind: 'new', comment: facebookComment('1') }], world.logger);
    assert.equal(result.stored, 1);
    const stored = await world.store.get(facebookComment('1'));
    assert.equal(stored?.value.state, 'open');
    // Written 08:55 on a Wednesday in Stockholm: answered by the same time on Thursday.
    assert.equal(stored?.value.deadline, '2026-12-03T07:55:00.000Z');
    assert.deepEqual(
      posted.map((p) => p.value.commentId),
      [facebookComment('1').commentId],
    );
    assert.deepEqual(world.store.reminders, [
      {
        kind: 'overdue',
        dueAt: '2026-12-03T07:55:00.000Z',
        platform: 'facebook',
        commentId: facebookComment('1').commentId,
      },
    ]);
  });

  it('takes a redelivery as a duplicate: no second card, no second set of reminders', async () => {
    const world = useCaseWorld();
    const { ingester, posted } = ingesterIn(world);
    await ingester.ingest([{ kind: 'new', comment: facebookComment('1') }], world.logger);
    const again = await ingester.ingest(
      [{ kind: 'new', comment: facebookComment('1', { text: 'ändrad' }) }],
      world.logger,
    );
    assert.deepEqual({ stored: again.stored, duplicates: again.duplicates }, { stored: 0, duplicates: 1 });
    assert.equal(posted.length, 1);
    assert.equal(world.store.reminders.length, 1);
    assert.equal((await world.store.get(facebookComment('1')))?.value.text, facebookComment('1').text);
  });

  it('applies an edit to a stored comment and refreshes its card; an edit to an unknown one stores nothing', async () => {
    const world = useCaseWorld();
    const { ingester, refreshed } = ingesterIn(world);
    await ingester.ingest([{ kind: 'new', comment: facebookComment('1') }], world.logger);
    const key = { platform: 'facebook' as const, commentId: facebookComment('1').commentId };
    const result = await ingester.ingest(
      [
        { kind: 'edited', key, text: 'När töms soporna? (rättat)', editedAt: '2026-12-02T08:10:00.000Z' },
        {
          kind: 'edited',
          key: { ...key, commentId: 'okänd' },
          text: 'x',
          editedAt: '2026-12-02T08:10:00.000Z',
        },
      ],
      world.logger,
    );
    assert.deepEqual({ changed: result.changed, unknown: result.unknown }, { changed: 1, unknown: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(refreshed[0]?.text, 'När töms soporna? (rättat)');
    assert.equal((await world.store.get(key))?.value.text, 'När töms soporna? (rättat)');
    assert.equal(await world.store.get({ ...key, commentId: 'okänd' }), undefined);
  });

  it('drops comments to an account that is not configured before storing, and says so once per account', async () => {
    const world = useCaseWorld();
    const { ingester, posted, dropped } = ingesterIn(world);
    const foreign = (id: string) => ({
      kind: 'new' as const,
      comment: facebookComment(id, { accountId: '999', commentId: `999_${id}` }),
    });
    const result = await ingester.ingest([foreign('1'), foreign('2')], world.logger);
    assert.deepEqual({ stored: result.stored, foreign: result.foreign }, { stored: 0, foreign: 2 });
    assert.deepEqual(dropped, [{ platform: 'facebook', accountId: '999', count: 2 }]);
    assert.equal(posted.length, 0);
    assert.equal((await world.store.listOpen()).length, 0);
  });

  it('stores a new comment with its reminders in one round trip to storage before it is acknowledged', async () => {
    const world = useCaseWorld();
    const { ingester } = ingesterIn(world);
    await ingester.ingest([{ kind: 'new', comment: facebookComment('1') }], world.logger);
    assert.equal(world.store.calls, 1);
  });
});
