import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { TableClients } from '../../services/adapters/tables/table-names';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { parseVersion } from '../../services/adapters/tables/comment-entity';
import { TableFigureMarkers } from '../../services/adapters/tables/table-figure-markers';
import { figureMarker } from '../../services/adapters/tables/figure-marker';
import { TableOverviewFigures } from '../../services/adapters/tables/table-overview-figures';
import { FigureKeeper } from '../../services/app/overview/figure-keeper';
import { CommentChangeRelay } from '../../services/app/overview/comment-change-relay';
import type { CommentCount } from '../../services/domain/figures/comment-count';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { intervalScheduler } from '../../bot/schedules/interval-loop';
import { azurite } from '../support/global-azurite';
import { answered } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';
import { testKeyedIds } from '../support/keyed-ids';
import { silentLog } from '../support/silent-log';
import { TestClock } from '../support/test-clock';

const count = (account: string, o: CommentCount['o'], extra: Partial<CommentCount> = {}): CommentCount =>
  ({ a: account, o, h: 9, x: 0, v: 1, ...extra }) as CommentCount;

describe('the overview figures table (Azurite)', () => {
  let tables: TableClients;
  let figures: TableOverviewFigures;

  beforeEach(async () => {
    tables = createTableClients(azurite().connectionString, `f${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    figures = new TableOverviewFigures(tables.figures);
  });

  it('keeps a day’s totals from the counts set on it, a count set again replacing the one before', async () => {
    await figures.setCounts(
      '2026-11-10',
      'facebook',
      new Map([['$a', count('page-1', 'unsettled', { d: 'x' })]]),
    );
    await figures.setCounts('2026-11-10', 'facebook', new Map([['$b', count('page-2', 'broken')]]));
    await figures.setCounts(
      '2026-11-10',
      'facebook',
      new Map([['$a', count('page-1', 'kept', { m: 30, v: 2 })]]),
    );
    const [day] = await figures.readDays('2026-11-10');
    assert.equal(day?.totals.count, 2);
    assert.deepEqual(day?.totals.accounts, {
      'page-1': { kept: 1, broken: 0, notNeeded: 0, unsettled: [] },
      'page-2': { kept: 0, broken: 1, notNeeded: 0, unsettled: [] },
    });
    assert.deepEqual(day?.totals.minutes, { '30': 1 });
  });

  it('loses no count when two writers set counts on the same day at once', async () => {
    const other = new TableOverviewFigures(tables.figures);
    // Two instances, each counting its own comments one pass after another, at the same time.
    const counting = async (writer: TableOverviewFigures, first: number) => {
      for (let i = first; i < 12; i += 2) {
        await writer.setCounts('2026-11-11', 'x', new Map([[`$${i}`, count('acc', 'kept')]]));
      }
    };
    await Promise.all([counting(figures, 0), counting(other, 1)]);
    const [day] = await figures.readDays('2026-11-11');
    assert.equal(day?.totals.accounts.acc?.kept, 12);
  });

  it('holds a storm’s day of 6,000 comments, and reads only the days asked for', async () => {
    const storm = new Map(
      Array.from({ length: 6000 }, (_, i) => [
        `$storm-comment-${String(i).padStart(5, '0')}`,
        count('104729384756102', 'kept', { m: i % 90, r: `root-${i % 40}`, x: 1, c: ['alex', 'Alex Lind'] }),
      ]),
    );
    await figures.setCounts('2026-10-31', 'facebook', storm);
    await figures.setCounts('2026-11-01', 'instagram', new Map([['$one', count('ig', 'kept')]]));
    const days = await figures.readDays('2026-10-31');
    assert.deepEqual(
      days.map((d) => [d.day, d.platform, d.totals.count]),
      [
        ['2026-10-31', 'facebook', 6000],
        ['2026-11-01', 'instagram', 1],
      ],
    );
    assert.deepEqual(
      (await figures.readDays('2026-11-01')).map((d) => d.day),
      ['2026-11-01'],
    );
  });

  it('keeps the later of two counts of a comment, whichever arrives last', async () => {
    await figures.setCounts('2026-11-12', 'x', new Map([['$c', count('acc', 'kept', { v: 5 })]]));
    await figures.setCounts(
      '2026-11-12',
      'x',
      new Map([['$c', count('acc', 'unsettled', { d: 'x', v: 4 })]]),
    );
    const [day] = await figures.readDays('2026-11-12');
    assert.equal(day?.totals.accounts.acc?.kept, 1, 'the claimed copy counted late does not undo the answer');
  });

  it('holds a viral day of 20,000 comments on one platform, each naming who answered it', async () => {
    const day = new Map(
      Array.from({ length: 20_000 }, (_, i) => [
        `$${String(i).padStart(43, 'k')}`,
        count('104729384756102', 'kept', {
          m: i % 600,
          r: `104729384756102_12218765432109${i % 700}`,
          x: 1,
          c: [`aad-${i % 30}-0f9e4c1a-7d2b-4e8f-9a61-3c5d2e1b7a90`, `Handläggare Nummer ${i % 30}`],
          f: [`aad-${i % 30}-0f9e4c1a-7d2b-4e8f-9a61-3c5d2e1b7a90`, `Handläggare Nummer ${i % 30}`, i % 600],
        }),
      ]),
    );
    await figures.setCounts('2026-10-20', 'facebook', day);
    const [stored] = await figures.readDays('2026-10-20');
    assert.equal(stored?.totals.count, 20_000);
  });

  it('copies comments into the queue and out of it, and a copy older than its going does not bring it back', async () => {
    const comment = newStoredComment(facebookComment('q1'), DateTime.fromISO('2026-12-02T09:00:00Z'));
    const at = '2026-12-02T10:00:00.000Z';
    await figures.setQueue(new Map([['$q1', { copy: comment, revision: 1 }]]), at);
    assert.deepEqual(
      (await figures.readQueue()).map((q) => q.copy.commentId),
      [comment.commentId],
    );
    await figures.setQueue(new Map([['$q1', { revision: 3 }]]), at);
    assert.deepEqual(await figures.readQueue(), []);
    await figures.setQueue(new Map([['$q1', { copy: comment, revision: 2 }]]), at);
    assert.deepEqual(await figures.readQueue(), [], 'the open copy counted late stays out');
  });
});

describe('keeping the overview figures as comments change (Azurite)', () => {
  const clock = new TestClock('2026-12-02T12:00');
  let tables: TableClients;
  let store: TableCommentStore;
  let figures: TableOverviewFigures;
  let keeper: FigureKeeper;
  /** Whether someone waits on the foreground (a click being answered, a webhook being held). */
  let busy: boolean;

  beforeEach(async () => {
    busy = false;
    tables = createTableClients(azurite().connectionString, `k${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    const relay = new CommentChangeRelay();
    store = new TableCommentStore(tables.comments, testKeyedIds, relay);
    figures = new TableOverviewFigures(tables.figures);
    keeper = new FigureKeeper({
      current: async (key) => {
        const found = await store.get(key);
        return found && { comment: found.value, revision: parseVersion(found.etag).revision };
      },
      everyComment: () => store.eachComment(),
      figures,
      markers: new TableFigureMarkers(tables.comments),
      keyedIds: testKeyedIds,
      clock,
      logger: silentLog,
      schedule: intervalScheduler(silentLog),
      intervalMs: 3_600_000,
      priority: { storing: () => busy, holding: () => busy, onQuiet: () => undefined },
    });
    relay.forwardTo(keeper);
  });

  const stored = async (id: string, writtenAt: string): Promise<StoredComment> => {
    const comment = newStoredComment(facebookComment(id, { writtenAt }), DateTime.fromISO(writtenAt));
    await store.insertNew(comment);
    return comment;
  };
  const total = async (day: string) => (await figures.readDays(day)).find((d) => d.day === day)?.totals;

  it('counts each comment as it is written, and an answer moves it from unsettled to kept', async () => {
    await keeper.sweep();
    assert.equal(keeper.ready, true, 'built at once where nothing is stored');
    const comment = await stored('k1', '2026-12-02T08:00:00.000Z');
    await keeper.catchUp();
    assert.deepEqual((await total('2026-12-02'))?.accounts['104729384756102']?.unsettled, [comment.deadline]);
    await store.mutate(comment, (c) => ({
      comment: { ...answered(c, '2026-12-02T09:00:00.000Z'), firstResponseAt: '2026-12-02T09:00:00.000Z' },
    }));
    await keeper.catchUp();
    assert.deepEqual((await total('2026-12-02'))?.accounts['104729384756102'], {
      kept: 1,
      broken: 0,
      notNeeded: 0,
      unsettled: [],
    });
    assert.deepEqual((await total('2026-12-02'))?.minutes, { '60': 1 });
  });

  it('counts while nobody waits on a click or a webhook, and at once when the tab asks', async () => {
    await keeper.sweep();
    busy = true;
    await stored('k5', '2026-12-02T08:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await total('2026-12-02'), undefined, 'not counted while the foreground is busy');
    busy = false;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal((await total('2026-12-02'))?.accounts['104729384756102']?.unsettled.length, 1);

    busy = true;
    await stored('k6', '2026-12-02T09:00:00.000Z');
    await keeper.catchUp();
    assert.equal((await total('2026-12-02'))?.accounts['104729384756102']?.unsettled.length, 2);
  });

  it('counts at its sweep a change another instance made, and drops the marker it left', async () => {
    await keeper.sweep();
    const elsewhere = new TableCommentStore(tables.comments, testKeyedIds);
    const comment = newStoredComment(
      facebookComment('k2', { writtenAt: '2026-12-01T08:00:00.000Z' }),
      DateTime.fromISO('2026-12-01T08:00:00Z'),
    );
    await elsewhere.insertNew(comment);
    await elsewhere.mutate(comment, (c) => ({
      comment: { ...answered(c, '2026-12-01T20:00:00.000Z'), firstResponseAt: '2026-12-01T20:00:00.000Z' },
    }));
    await keeper.catchUp();
    assert.equal(await total('2026-12-01'), undefined, 'this instance was not told');
    await keeper.sweep();
    assert.equal((await total('2026-12-01'))?.accounts['104729384756102']?.kept, 1);
    assert.deepEqual(
      await new TableFigureMarkers(tables.comments).list(),
      [],
      'the marker is dropped once counted',
    );
  });

  it('drops at its sweep a marker whose comment is gone, left by a crash during the records plan’s purge', async () => {
    await keeper.sweep();
    await tables.comments.createEntity(figureMarker('x', '1329847561029384192_left-behind'));
    assert.equal((await new TableFigureMarkers(tables.comments).list()).length, 1);
    await keeper.sweep();
    assert.deepEqual(await new TableFigureMarkers(tables.comments).list(), []);
  });

  it('builds the figures again when they were lost, and lists the open in the queue with their first words only', async () => {
    await stored('k3', '2026-11-30T08:00:00.000Z');
    const long = await stored('k4', '2026-11-30T09:00:00.000Z');
    await store.mutate(long, (c) => ({
      comment: { ...c, text: `${'ord '.repeat(40)}slut`, authorName: 'Anna Lindqvist' },
    }));
    await keeper.sweep();
    assert.equal((await total('2026-11-30'))?.count, 2);
    await tables.figures.deleteTable();
    await ensureTables(tables);
    await keeper.sweep();
    assert.equal((await total('2026-11-30'))?.count, 2, 'built again from the comments');
    const queue = (await figures.readQueue()).map((q) => q.copy);
    const copy = queue.find((c) => c.commentId === long.commentId);
    assert.equal(copy?.text, `${'ord '.repeat(14).trim()} …`);
    assert.equal(copy?.authorName, '');
  });
});
