import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import { azuriteConnectionString } from '../../bot/local/azurite';
import { GroupCommit } from '../../services/adapters/tables/group-commit';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { utcIso } from '../../services/domain/utc-iso';
import { startCountingProxy } from '../support/counting-proxy';
import { azurite } from '../support/global-azurite';
import { facebookComment } from '../support/incoming-comment';
import { testKeyedIds } from '../support/keyed-ids';

const RECEIVED = DateTime.fromISO('2026-12-02T09:00:00Z', { zone: 'utc' });

function comment(id: string): StoredComment {
  return newStoredComment(facebookComment(id, { writtenAt: utcIso(RECEIVED) }), RECEIVED);
}

describe('new comments that arrive together (group commit on Azurite)', () => {
  let proxy: Awaited<ReturnType<typeof startCountingProxy>>;
  let store: TableCommentStore;

  beforeEach(async () => {
    proxy = await startCountingProxy({ port: azurite().port });
    const tables = createTableClients(
      azuriteConnectionString(proxy.port, azurite().blobPort),
      `g${randomBytes(6).toString('hex')}`,
    );
    await ensureTables(tables);
    store = new TableCommentStore(tables.comments, testKeyedIds);
  });
  afterEach(() => proxy.close());

  const batches = () => proxy.requests.filter((r) => r.path.includes('$batch')).length;

  it('stores forty at once in a few shared transactions, each answered with its own working version', async () => {
    const before = batches();
    const ids = Array.from({ length: 40 }, (_, i) => `100_${i}`);
    const stored = await Promise.all(ids.map((id) => store.insertNew(comment(id))));
    const used = batches() - before;
    assert.ok(used <= 10, `${used} transactions for 40 comments`);
    assert.ok(stored.every((s) => s !== undefined));
    for (const id of ids)
      assert.ok(await store.get({ platform: 'facebook', commentId: comment(id).commentId }), `${id} stored`);
    // Each version is the comment's own: a change on it is taken, not refused as concurrent.
    const changed = await Promise.all(
      stored.map((s) =>
        store.mutate((s as NonNullable<typeof s>).value, (c) => ({
          comment: { ...c, text: `${c.text} (ändrad)` },
        })),
      ),
    );
    assert.ok(changed.every((c) => c?.changed === true));
  });

  it('records twenty posted cards at once in shared transactions, and refuses only the one that changed', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `300_${i}`);
    const stored = (await Promise.all(ids.map((id) => store.insertNew(comment(id))))).map((s) => {
      assert.ok(s);
      return s;
    });
    const changed = await store.replace({ ...stored[9]!.value, text: 'ändrad' }, stored[9]!.etag);
    const card = (i: number) => ({
      teamId: 'team',
      channelId: '19:kanal@thread.tacv2',
      tenantId: 'tenant',
      serviceUrl: 'https://smba.example/',
      botId: 'bot',
      activityId: `activity-${i}`,
    });
    const before = batches();
    const recorded = await Promise.all(
      stored.map((s, i) =>
        store.recordCardPosted({ ...s.value, card: card(i) }, s.etag).then(
          () => 'recorded',
          (error: { code?: string }) => error.code,
        ),
      ),
    );
    assert.deepEqual(
      recorded,
      ids.map((_, i) => (i === 9 ? 'concurrent_update' : 'recorded')),
    );
    // The first goes alone, the rest shared; the shared one holding the stale card fails and its members go again,
    // each alone: more round trips than cards shows that happened.
    assert.ok(batches() - before > 20, `${batches() - before} transactions for 20 cards`);
    for (const [i, id] of ids.entries()) {
      const now = (await store.get({ platform: 'facebook', commentId: comment(id).commentId }))?.value;
      assert.equal(now?.card?.activityId, i === 9 ? undefined : `activity-${i}`);
    }
    await store.recordCardPosted({ ...changed.value, card: card(9) }, changed.etag);
    const fixed = await store.get({ platform: 'facebook', commentId: comment(ids[9]!).commentId });
    assert.equal(fixed?.value.card?.activityId, 'activity-9', 'recorded on its current version');
  });

  it('stores the rest when one of them is a duplicate, and answers the duplicate alone as one', async () => {
    await store.insertNew(comment('200_0'));
    const ids = ['200_0', '200_1', '200_2', '200_3', '200_1'];
    const stored = await Promise.all(ids.map((id) => store.insertNew(comment(id))));
    assert.equal(stored[0], undefined, 'stored before: a duplicate');
    assert.equal(stored.filter((s) => s !== undefined).length, 3, 'each of the others once');
    for (const id of ['200_1', '200_2', '200_3'])
      assert.ok(await store.get({ platform: 'facebook', commentId: comment(id).commentId }), `${id} stored`);
  });
});

describe('group commit when a shared transaction fails', () => {
  it('sends each member again on its own, and answers each as that says', async () => {
    const sent: number[] = [];
    let failShared = true;
    const table = {
      submitTransaction: async (actions: TransactionAction[]) => {
        sent.push(actions.length);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (actions.length > 1 && failShared) {
          failShared = false;
          throw Object.assign(new Error('The server is busy.'), { statusCode: 503 });
        }
        if (actions.some((a) => (a[1] as { rowKey: string }).rowKey === 'bad'))
          throw Object.assign(new Error('Conflict'), { statusCode: 409 });
        return { status: 202, subResponses: actions.map(() => ({ status: 204, etag: 'e' })) };
      },
    } as unknown as Pick<TableClient, 'submitTransaction'>;
    const commits = new GroupCommit(table);
    const row = (rowKey: string): TransactionAction[] => [['create', { partitionKey: 'p', rowKey }]];
    const outcome = (key: string) =>
      commits.submit('p', row(key)).then(
        (part) => ({ ok: true as const, offset: part.offset }),
        (error: { statusCode: number }) => ({ ok: false as const, status: error.statusCode }),
      );
    // One goes at once, alone; the four that come meanwhile wait for it and go together in the next.
    const first = outcome('a');
    const rest = ['b', 'bad', 'c', 'd'].map(outcome);
    assert.deepEqual(await first, { ok: true, offset: 0 });
    assert.deepEqual(await Promise.all(rest), [
      { ok: true, offset: 0 },
      { ok: false, status: 409 },
      { ok: true, offset: 0 },
      { ok: true, offset: 0 },
    ]);
    assert.deepEqual(sent, [1, 4, 1, 1, 1, 1], 'alone, together (refused), then each alone');
  });
});

/** A table whose transactions take `ms` each, or until released when a row key begins with `hangs`; what was sent, how many at once. */
function slowTable(ms: number, hangs: string) {
  let release: () => void = () => undefined;
  const hung = new Promise<void>((resolve) => (release = resolve));
  const sent: string[] = [];
  let out = 0;
  let mostOut = 0;
  const table = {
    submitTransaction: async (actions: TransactionAction[]) => {
      const keys = actions.map((a) => (a[1] as { rowKey: string }).rowKey);
      sent.push(keys.join('+'));
      mostOut = Math.max(mostOut, ++out);
      await (keys.some((key) => key.startsWith(hangs))
        ? hung
        : new Promise((resolve) => setTimeout(resolve, ms)));
      out -= 1;
      return { status: 202, subResponses: actions.map(() => ({ status: 204, etag: 'e' })) };
    },
  } as unknown as Pick<TableClient, 'submitTransaction'>;
  return { table, sent, release, mostOut: () => mostOut };
}

const row = (rowKey: string): TransactionAction[] => [['create', { partitionKey: 'p', rowKey }]];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('group commit when a transaction hangs', () => {
  it('does not hold up for long what comes after it: that goes beside it after half a second', async () => {
    const { table, sent, release } = slowTable(5, 'hangs');
    const commits = new GroupCommit(table);
    const hanging = commits.submit('p', row('hangs'));
    const started = performance.now();
    await Promise.all([commits.submit('p', row('next')), commits.submit('p', row('after'))]);
    const waited = performance.now() - started;
    assert.deepEqual(sent, ['hangs', 'next+after'], 'the two that came meanwhile went together, beside it');
    assert.ok(waited >= 450 && waited < 2000, `stored after ${Math.round(waited)} ms`);
    release();
    await hanging;
  });

  it('still goes beside a hung one when the partition was busy and idle just before', async () => {
    const { table, sent, release } = slowTable(20, 'hangs');
    const commits = new GroupCommit(table);
    // One on its way and one waiting for it, both done well before half a second: the partition falls idle.
    await Promise.all([commits.submit('p', row('first')), commits.submit('p', row('second'))]);
    await pause(100);
    const hanging = commits.submit('p', row('hangs'));
    await pause(100);
    const started = performance.now();
    await commits.submit('p', row('behind'));
    const waited = performance.now() - started;
    assert.deepEqual(sent, ['first', 'second', 'hangs', 'behind']);
    assert.ok(waited < 1000, `stored after ${Math.round(waited)} ms, not once the hung one gives up`);
    release();
    await hanging;
  });

  it('goes beside again for what did not fit in the transaction that went beside a hung one', async () => {
    const { table, sent, release } = slowTable(5, 'hangs');
    const commits = new GroupCommit(table);
    const hanging = [commits.submit('p', row('hangs-0'))];
    // A hundred actions fill a transaction: this one hangs too. The five after it fit in none of those on their way.
    hanging.push(commits.submit('p', row('hangs-1')));
    for (let i = 0; i < 99; i++) hanging.push(commits.submit('p', row(`full-${i}`)));
    const started = performance.now();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => commits.submit('p', row(key))));
    const waited = performance.now() - started;
    assert.deepEqual(sent.slice(-1), ['a+b+c+d+e']);
    assert.equal(sent.length, 3, 'the hung one, the full one beside it, and the five beside both');
    assert.ok(waited >= 900 && waited < 3000, `stored after ${Math.round(waited)} ms`);
    release();
    await Promise.all(hanging);
  });

  it('keeps one transaction on its way while a steady stream is stored in good time', async () => {
    const { table, sent, mostOut } = slowTable(30, 'none');
    const commits = new GroupCommit(table);
    const stored: Promise<unknown>[] = [];
    for (let i = 0; i < 120; i++) {
      stored.push(commits.submit('p', row(`r${i}`)));
      await pause(10);
    }
    await Promise.all(stored);
    assert.equal(mostOut(), 1, 'never two at once');
    assert.ok(sent.length < 60, `${sent.length} transactions for 120`);
  });
});
