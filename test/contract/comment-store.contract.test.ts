import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { testKeyedIds } from '../support/keyed-ids';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { isAppError } from '../../services/domain/app-error';
import type { IncomingComment, StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { anonymise } from '../../services/domain/retention';
import type { CommentStore, OutboxQueue, RedactionQueue, SubjectSearch } from '../../services/ports/index';
import { TableSubjectSearch } from '../../services/adapters/tables/table-subject-search';
import { TableRedactionQueue } from '../../services/adapters/tables/table-redaction-queue';
import { InMemoryCommentStore } from '../fakes/memory/in-memory-comment-store';
import { azurite } from '../support/global-azurite';
import { facebookComment } from '../support/incoming-comment';
import { ALEX, answered, inState } from '../support/comment-states';
import { utcIso } from '../../services/domain/utc-iso';

type Stores = {
  comments: CommentStore;
  queue: OutboxQueue;
  redactions: RedactionQueue;
  search: SubjectSearch;
};

const RECEIVED = DateTime.fromISO('2026-12-02T09:00:00Z', { zone: 'utc' });

function comment(id: string, overrides: Partial<IncomingComment> = {}, minutesLater = 0): StoredComment {
  const at = RECEIVED.plus({ minutes: minutesLater });
  return newStoredComment(facebookComment(id, { writtenAt: utcIso(at), ...overrides }), at);
}

const refusedAsConcurrent = (error: unknown) => isAppError(error, 'concurrent_update');

/** The same promises, kept by the Azure Tables store on Azurite and by the in-memory fake the use-case tests use. */
const implementations: [string, () => Promise<Stores>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `k${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return {
        comments: new TableCommentStore(tables.comments, testKeyedIds),
        queue: new TableOutboxQueue(tables.comments),
        redactions: new TableRedactionQueue(tables.comments),
        search: new TableSubjectSearch(tables.comments),
      };
    },
  ],
  [
    'in memory',
    async () => {
      const comments = new InMemoryCommentStore();
      return { comments, queue: comments.queue, redactions: comments.redactions, search: comments };
    },
  ],
];

for (const [name, open] of implementations) {
  describe(`comment store contract: ${name}`, () => {
    let stores: Stores;
    beforeEach(async () => {
      stores = await open();
    });

    it('stores a comment once: a second delivery of the same id is a duplicate, and its card waits in the queue', async () => {
      const first = comment('1');
      assert.ok(await stores.comments.insertNew(first));
      assert.equal(await stores.comments.insertNew({ ...first, text: 'en annan text' }), undefined);
      assert.equal((await stores.comments.get(first))?.value.text, first.text);
      assert.deepEqual(await stores.queue.listPending(10), [
        { platform: 'facebook', commentId: first.commentId },
      ]);
    });

    it('writes only on the current ETag, and appends the history line with the change', async () => {
      const inserted = await stores.comments.insertNew(comment('1'));
      assert.ok(inserted);
      const at = utcIso(RECEIVED.plus({ minutes: 5 }));
      const claimed = await stores.comments.replace(
        inState(inserted.value, { state: 'claimed', holder: ALEX }),
        inserted.etag,
        {
          at,
          by: 'Alex',
          action: 'claimed',
        },
      );
      await assert.rejects(
        stores.comments.replace(answered(inserted.value, at), inserted.etag),
        refusedAsConcurrent,
      );
      assert.equal((await stores.comments.get(inserted.value))?.value.state, 'claimed');
      assert.notEqual(claimed.etag, inserted.etag);
      assert.deepEqual(await stores.comments.listHistory(inserted.value), [
        { at, by: 'Alex', action: 'claimed' },
      ]);
    });

    it('mutates on the truth: of two changes at once neither is lost, the loser decides again on the winner', async () => {
      const inserted = await stores.comments.insertNew(comment('1'));
      assert.ok(inserted);
      const notes: string[] = [];
      const addNote = (note: string) =>
        stores.comments.mutate(inserted.value, (current) => {
          notes.push(`${note} saw ${current.text}`);
          return { comment: { ...current, text: `${current.text}|${note}` } };
        });
      await Promise.all([addNote('a'), addNote('b')]);
      const text = (await stores.comments.get(inserted.value))?.value.text ?? '';
      assert.deepEqual(text.split('|').slice(1).sort(), ['a', 'b']);
      assert.ok(notes.length >= 2);
    });

    it('mutate reports a missing comment and leaves a comment alone when there is nothing to change', async () => {
      assert.equal(
        await stores.comments.mutate(comment('404'), () => assert.fail('asked about a missing comment')),
        undefined,
      );
      const inserted = await stores.comments.insertNew(comment('1'));
      assert.ok(inserted);
      const unchanged = await stores.comments.mutate(inserted.value, () => undefined);
      assert.deepEqual(
        { changed: unchanged?.changed, etag: unchanged?.etag },
        { changed: false, etag: inserted.etag },
      );
    });

    it('records a posted card with its ETag and takes the card off the queue in the same write', async () => {
      const inserted = await stores.comments.insertNew(comment('1'));
      assert.ok(inserted);
      const card = {
        teamId: 'team',
        channelId: '19:kanal@thread.tacv2',
        tenantId: 'tenant',
        serviceUrl: 'https://smba.example/',
        botId: 'bot',
        activityId: 'activity-1',
      };
      const changed = await stores.comments.replace({ ...inserted.value, text: 'x' }, inserted.etag);
      await assert.rejects(
        stores.comments.recordCardPosted({ ...inserted.value, card }, inserted.etag),
        refusedAsConcurrent,
      );
      assert.equal((await stores.queue.listPending(10)).length, 1);
      await stores.comments.recordCardPosted({ ...changed.value, card }, changed.etag);
      assert.deepEqual(await stores.queue.listPending(10), []);
      assert.equal((await stores.comments.get(inserted.value))?.value.card?.activityId, 'activity-1');
    });

    it('finds the open ones, those written since a time, and the handled ones due for retention', async () => {
      const old = comment('1', {}, -60 * 24 * 40);
      const recent = comment('2', {}, 0);
      const closed = answered(comment('3', {}, -60 * 24 * 40), utcIso(RECEIVED));
      for (const each of [old, recent, closed]) await stores.comments.insertNew(each);
      const ids = (list: readonly StoredComment[]) => list.map((c) => c.commentId).sort();
      assert.deepEqual(ids(await stores.comments.listOpen()), ids([old, recent]));
      assert.deepEqual(ids(await stores.comments.listWrittenSince(utcIso(RECEIVED.minus({ days: 1 })))), [
        recent.commentId,
      ]);
      const handledOnly = {
        handled: utcIso(RECEIVED.minus({ days: 30 })),
        unclosed: utcIso(RECEIVED.minus({ days: 90 })),
      };
      const due = await stores.comments.listDueForRetention(handledOnly, 10);
      assert.deepEqual(
        due.map((d) => d.value.commentId),
        [closed.commentId],
      );
      const both = { handled: handledOnly.handled, unclosed: handledOnly.handled };
      assert.deepEqual(
        ids((await stores.comments.listDueForRetention(both, 10)).map((d) => d.value)),
        ids([old, closed]),
        'one never closed, past the upper age',
      );
    });

    it('counts the comments on a post within a window, up to and including the one asked about', async () => {
      const onPost = [0, 2, 4, 6].map((minutes) => comment(`p${minutes}`, {}, minutes));
      const elsewhere = comment('other', { postId: '104729384756102_999' }, 3);
      for (const each of [...onPost, elsewhere]) await stores.comments.insertNew(each);
      const windowStart = utcIso(RECEIVED.plus({ minutes: 1 }));
      assert.equal(await stores.comments.countOnPostBefore(onPost[2]!, windowStart), 2);
      assert.equal(await stores.comments.countOnPostBefore(onPost[3]!, utcIso(RECEIVED)), 4);
    });

    it('keeps the whole history in order, each line with what was written', async () => {
      let row = await stores.comments.insertNew(comment('1'));
      assert.ok(row);
      const lines = ['claimed', 'replied'] as const;
      for (const [i, action] of lines.entries()) {
        const at = utcIso(RECEIVED.plus({ minutes: i + 1 }));
        row = await stores.comments.replace(row.value, row.etag, {
          at,
          by: 'Alex',
          action,
          detail: `text ${i}`,
        });
      }
      assert.deepEqual(
        (await stores.comments.listHistory(row.value)).map((line) => [line.action, line.detail]),
        [
          ['claimed', 'text 0'],
          ['replied', 'text 1'],
        ],
      );
    });

    it('streams each comment written since with exactly its history since, where ids begin one another too', async () => {
      // Ids ending _7, _78 and _789 begin one another: in the history's row keys (`<id>|<time>`) they sort the
      // other way round from the comments'.
      const write = async (id: string, minutes: number, lines: number) => {
        let row = await stores.comments.insertNew(comment(id, {}, minutes));
        assert.ok(row);
        for (let n = 1; n <= lines; n += 1) {
          const at = utcIso(RECEIVED.plus({ minutes: Math.max(minutes, 0) + n }));
          row = await stores.comments.replace(row.value, row.etag, {
            at,
            by: 'Alex',
            action: 'claimed',
            detail: `${id}-${n}`,
          });
        }
      };
      await write('789', 2, 1);
      await write('7', 0, 2);
      await write('8', 3, 0);
      await write('78', 1, 3);
      // Written three days before: not in the period, though a line of its history is.
      await write('6', -3 * 24 * 60, 1);

      const streamed: [string, (string | undefined)[]][] = [];
      for await (const { comment: item, history } of stores.comments.eachWrittenSince(utcIso(RECEIVED))) {
        streamed.push([item.commentId.split('_')[1] ?? '', history.map((line) => line.detail)]);
      }
      assert.deepEqual(streamed, [
        ['7', ['7-1', '7-2']],
        ['78', ['78-1', '78-2', '78-3']],
        ['789', ['789-1']],
        ['8', []],
      ]);
    });

    it('finds every comment a search accepts, on every platform, in key order, and none the records plan purged', async () => {
      const hers = (id: string, platform: 'facebook' | 'x') =>
        newStoredComment(
          {
            ...facebookComment(id, { authorName: 'Anna Lindqvist' }),
            platform,
            commentId: `${platform}-${id}`,
          },
          RECEIVED,
        );
      const purged = answered(hers('9', 'facebook'), utcIso(RECEIVED));
      for (const c of [
        hers('2', 'x'),
        comment('3', { authorName: 'Per Holm' }),
        hers('1', 'facebook'),
        purged,
      ]) {
        await stores.comments.insertNew(c);
      }
      const row = await stores.comments.get(purged);
      assert.ok(row);
      const at = utcIso(RECEIVED.plus({ minutes: 1 }));
      await stores.comments.anonymise(row, anonymise(row.value, at, testKeyedIds), {
        at,
        by: 'Svarsvakten',
        action: 'anonymised',
      });
      const found = await stores.search.listMatching((c) => c.authorName === 'Anna Lindqvist');
      assert.deepEqual(
        found.map((c) => `${c.platform}:${c.commentId}`),
        ['facebook:facebook-1', 'x:x-2'],
      );
    });

    it('owes Teams the redaction of a purged comment’s cards from its purge on, until it is done', async () => {
      const card = {
        teamId: '19:team',
        channelId: '19:kommunikation',
        tenantId: 't',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        botId: '28:bot',
        activityId: '1:1700000000000',
      };
      const posted = answered({ ...comment('1', {}, -60 * 24 * 40), card }, utcIso(RECEIVED));
      const never = answered(comment('2', {}, -60 * 24 * 40), utcIso(RECEIVED));
      const at = utcIso(RECEIVED.plus({ minutes: 1 }));
      const event = { at, by: 'Svarsvakten', action: 'anonymised' } as const;
      for (const purged of [posted, never]) {
        const row = await stores.comments.insertNew(purged);
        assert.ok(row);
        await stores.comments.anonymise(row, anonymise(row.value, at, testKeyedIds), event);
      }
      const keyed = { platform: 'facebook', commentId: testKeyedIds(posted) } as const;
      assert.deepEqual(await stores.redactions.listDue(utcIso(RECEIVED), 10), [], 'not before the purge');
      assert.deepEqual(
        (await stores.redactions.listDue(at, 10)).map(({ key, attempts }) => ({ key, attempts })),
        [{ key: keyed, attempts: 0 }],
        'a card never posted is owed nothing',
      );
      const later = utcIso(RECEIVED.plus({ minutes: 5 }));
      await stores.redactions.retryLater(keyed, 1, later, 'teams_send_failed');
      assert.deepEqual(await stores.redactions.listDue(at, 10), []);
      assert.deepEqual(
        (await stores.redactions.listDue(later, 10)).map(({ key, attempts }) => ({ key, attempts })),
        [{ key: keyed, attempts: 1 }],
      );
      await stores.redactions.done(keyed);
      assert.deepEqual(await stores.redactions.listDue(later, 10), []);
      await stores.redactions.retryLater(keyed, 2, later, 'teams_send_failed');
      assert.deepEqual(await stores.redactions.listDue(later, 10), [], 'one done stays done');
    });

    it('moves an anonymised comment to its keyed id: history emptied of details, nothing left under the platform id', async () => {
      const purged = answered(comment('1', {}, -60 * 24 * 40), utcIso(RECEIVED));
      const kept = comment('2');
      await stores.comments.insertNew(kept);
      let row = await stores.comments.insertNew(purged);
      assert.ok(row);
      row = await stores.comments.replace(row.value, row.etag, {
        at: utcIso(RECEIVED),
        by: 'Alex',
        action: 'replied',
        detail: 'Hej Anna!',
      });
      const at = utcIso(RECEIVED.plus({ minutes: 1 }));
      const anonymised = anonymise(row.value, at, testKeyedIds);
      const event = { at, by: 'Svarsvakten', action: 'anonymised' } as const;
      const stale = { ...row, etag: (await stores.comments.replace(row.value, row.etag)).etag };
      await assert.rejects(stores.comments.anonymise(row, anonymised, event), refusedAsConcurrent);
      const moved = await stores.comments.anonymise(stale, anonymised, event);

      assert.equal(await stores.comments.get(purged), undefined);
      assert.deepEqual(await stores.comments.listHistory(purged), []);
      assert.equal((await stores.comments.get(anonymised))?.value.anonymisedAt, at);
      assert.deepEqual(
        (await stores.comments.listHistory(anonymised)).map((line) => [line.action, line.detail]),
        [
          ['replied', undefined],
          ['anonymised', undefined],
        ],
      );
      const ids = (list: readonly StoredComment[]) => list.map((c) => c.commentId).sort();
      assert.deepEqual(
        ids(await stores.comments.listWrittenSince(utcIso(RECEIVED.minus({ days: 60 })))),
        ids([anonymised, kept]),
      );
      assert.deepEqual(ids(await stores.comments.listOpen()), [kept.commentId]);
      assert.equal(await stores.comments.countOnPostBefore(kept, utcIso(RECEIVED.minus({ days: 60 }))), 1);
      assert.deepEqual(await stores.queue.listPending(10), [
        { platform: 'facebook', commentId: kept.commentId },
      ]);
      assert.equal(
        await stores.comments.insertNew(purged),
        undefined,
        'sent again by its platform: a duplicate',
      );
      const later = await stores.comments.replace(moved.value, moved.etag);
      assert.equal(later.value.commentId, anonymised.commentId, 'written on under its keyed id');
    });

    it('refuses to record a card whose queue marker is gone (another poster recorded it or the queue was cleared)', async () => {
      const inserted = await stores.comments.insertNew(comment('1'));
      assert.ok(inserted);
      await stores.queue.clear(inserted.value);
      await assert.rejects(
        stores.comments.recordCardPosted(inserted.value, inserted.etag),
        refusedAsConcurrent,
      );
    });

    it('streams comments with their history, and lists dead letters, by key, not by when they were written', async () => {
      const [late, early] = [comment('9', {}, 0), comment('1', {}, 1)];
      for (const each of [late, early]) {
        const stored = await stores.comments.insertNew(each);
        assert.ok(stored);
        await stores.comments.replace(stored.value, stored.etag, {
          at: utcIso(RECEIVED.plus({ minutes: 5 })),
          by: 'Alex',
          action: 'claimed',
        });
        await stores.queue.deadLetter(each, 10, 'teams_send_failed:413');
      }
      const streamed: string[] = [];
      for await (const { comment: item, history } of stores.comments.eachWrittenSince(utcIso(RECEIVED)))
        streamed.push(`${item.commentId}: ${history.map((line) => line.action).join()}`);
      assert.deepEqual(streamed, [`${early.commentId}: claimed`, `${late.commentId}: claimed`]);
      assert.deepEqual(
        (await stores.queue.listDeadLetters(10)).map((d) => d.key.commentId),
        [early.commentId, late.commentId],
      );
    });

    it('queues cards by the time of their next attempt and keeps dead letters apart until an admin retries', async () => {
      const [a, b, c] = [comment('a', {}, 0), comment('b', {}, 1), comment('c', {}, 2)];
      for (const each of [a, b, c]) await stores.comments.insertNew(each);
      const at = (minutes: number) => utcIso(RECEIVED.plus({ minutes }));
      await stores.queue.retryLater(a, 1, at(10), 'teams_send_failed:502');
      await stores.queue.deadLetter(b, 1, 'teams_send_failed:413');
      const due = (minutes: number) => stores.queue.listDue(at(minutes), 10);
      assert.deepEqual(
        (await due(5)).map((e) => e.key.commentId),
        [c.commentId],
      );
      assert.deepEqual(await due(11), [
        { key: { platform: 'facebook', commentId: c.commentId }, attempts: 0 },
        { key: { platform: 'facebook', commentId: a.commentId }, attempts: 1 },
      ]);
      assert.deepEqual(await stores.queue.listDeadLetters(10), [
        { key: { platform: 'facebook', commentId: b.commentId }, code: 'teams_send_failed:413', attempts: 1 },
      ]);
      assert.equal(await stores.queue.retryDeadLetters(at(12)), 1);
      assert.deepEqual(await stores.queue.listDeadLetters(10), []);
      assert.equal((await due(12)).length, 3);
      await stores.queue.clear(c);
      await stores.queue.retryLater(c, 2, at(13), 'late');
      assert.deepEqual(
        (await stores.queue.listPending(10)).map((key) => key.commentId),
        [a.commentId, b.commentId],
      );
    });

    it('leases a card to one poster at a time, from the insert or taken later, and takes it back when given', async () => {
      const at = (minutes: number) => utcIso(RECEIVED.plus({ minutes }));
      const [leasedAtInsert, waiting, dead] = [comment('a'), comment('b'), comment('c')];
      await stores.comments.insertNew(leasedAtInsert, at(1));
      await stores.comments.insertNew(waiting);
      await stores.comments.insertNew(dead);
      await stores.queue.deadLetter(dead, 10, 'teams_send_failed:400');
      const dueIds = async (minutes: number) =>
        (await stores.queue.listDue(at(minutes), 10)).map((e) => e.key.commentId).sort();
      assert.deepEqual(await dueIds(0), [waiting.commentId], 'the card leased with its insert is not due');
      assert.equal(await stores.queue.lease(leasedAtInsert, at(0), at(2)), false);

      const both = await Promise.all([
        stores.queue.lease(waiting, at(0), at(1)),
        stores.queue.lease(waiting, at(0), at(1)),
      ]);
      assert.deepEqual(both.sort(), [false, true], 'of two posters asking at once, one gets it');
      assert.deepEqual(await dueIds(0), []);
      assert.equal(await stores.queue.lease(dead, at(0), at(1)), false, 'a dead letter is an admin’s');

      await stores.queue.release(waiting, at(0));
      assert.deepEqual(await dueIds(0), [waiting.commentId], 'given back: due again');
      assert.deepEqual(await dueIds(1), [leasedAtInsert.commentId, waiting.commentId], 'a lease runs out');
      await stores.queue.clear(waiting);
      assert.equal(await stores.queue.lease(waiting, at(5), at(6)), false, 'a posted card is not leased');
    });
  });
}

describe('comment store: a move the records plan did not finish (Azure Tables on Azurite)', () => {
  it('deletes the row left under the platform id when a crash came between the move and the delete', async () => {
    const tables = createTableClients(azurite().connectionString, `k${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    const store = new TableCommentStore(tables.comments, testKeyedIds);
    const left = answered(comment('1', {}, -60 * 24 * 40), utcIso(RECEIVED));
    await store.insertNew(left);
    const row = await tables.comments.getEntity<{ etag: string }>('facebook', `c|${left.commentId}`);
    await tables.comments.updateEntity(
      { partitionKey: 'facebook', rowKey: `c|${left.commentId}`, movedTo: testKeyedIds(left) },
      'Merge',
      { etag: row.etag },
    );
    assert.equal(await store.get(left), undefined, 'read as absent');
    const cutoffs = {
      handled: utcIso(RECEIVED.minus({ days: 30 })),
      unclosed: utcIso(RECEIVED.minus({ days: 90 })),
    };
    assert.deepEqual(await store.listDueForRetention(cutoffs, 10), []);
    await assert.rejects(
      tables.comments.getEntity('facebook', `c|${left.commentId}`),
      /ResourceNotFound|404/,
    );
  });
});
