import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../services/domain/app-error';
import type { IncomingEvent } from '../../services/domain/comment';
import { utcIso } from '../../services/domain/utc-iso';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableDeliveryInbox } from '../../services/adapters/tables/table-delivery-inbox';
import { InboxDrain } from '../../services/app/ingest/inbox-drain';
import type { IngestResult } from '../../services/app/ingest/ingest-events';
import type { Log } from '../../services/ports/index';
import { intervalScheduler } from '../../bot/schedules/interval-loop';
import { azurite } from '../support/global-azurite';
import { facebookComment } from '../support/incoming-comment';
import { silentLog } from '../support/silent-log';
import { TestClock } from '../support/test-clock';

const STORED: IngestResult = { stored: 1, duplicates: 0, changed: 0, unknown: 0, foreign: 0 };

/** The text an event carries, to name it in what the ingester saw. */
const nameOf = (event: IncomingEvent) =>
  event.kind === 'new' ? event.comment.text : event.kind === 'edited' ? event.text : event.kind;

function recordingLog(lines: string[]): Log {
  const log: Log = {
    info: (fields) => lines.push(JSON.stringify(fields)),
    warn: (fields) => lines.push(JSON.stringify(fields)),
    error: (fields) => lines.push(JSON.stringify(fields)),
    child: () => log,
  };
  return log;
}

describe('the inbox drain: held deliveries ingested, in order, none lost', () => {
  let inbox: TableDeliveryInbox;
  let clock: TestClock;
  /** What the ingester finished, in order; and what it is asked to do with each text. */
  let finished: string[];
  let gates: Map<string, Promise<void>>;
  let failing: Set<string>;
  let lines: string[];
  let drain: InboxDrain;
  let storedKeys: Set<string>;

  const comment = (id: string, text: string): IncomingEvent => ({
    kind: 'new',
    comment: facebookComment(id, { text }),
  });
  const edit = (id: string, text: string): IncomingEvent => ({
    kind: 'edited',
    key: { platform: 'facebook', commentId: facebookComment(id).commentId },
    text,
    editedAt: '2026-12-07T10:00:00.000Z',
  });
  const hold = (events: IncomingEvent[]) =>
    inbox.hold({
      source: 'meta',
      receivedAt: utcIso(clock.now()),
      body: Buffer.from(JSON.stringify(events)),
    });
  /** A comment whose ingestion fails and an edit of it behind it, both taken, given a moment to try. */
  const failedCommentAndItsEdit = async (id: string) => {
    failing.add('Hej, när öppnar badet?');
    const events = [[comment(id, 'Hej, när öppnar badet?')], [edit(id, 'Hej, när öppnar badet i Limhamn?')]];
    for (const delivery of events) drain.take(await hold(delivery), delivery, silentLog);
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  /** Every delivery still held. */
  const stillHeld = () => inbox.heldBefore('2027-01-01T00:00:00.000Z');
  /** A sweep at this time in Stockholm, and what it took up ingested. */
  const sweepAt = async (localTime: string) => {
    clock.set(localTime);
    await drain.sweep();
    await drain.settled();
  };

  beforeEach(async () => {
    const tables = createTableClients(azurite().connectionString, `d${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    inbox = new TableDeliveryInbox(tables.inbox);
    clock = new TestClock('2026-12-07T11:00:00');
    finished = [];
    gates = new Map();
    failing = new Set();
    lines = [];
    storedKeys = new Set();
    drain = new InboxDrain({
      inbox,
      eventsOf: (held) => JSON.parse(held.body.toString()) as IncomingEvent[],
      ingester: {
        async ingest(events) {
          const names = events.map(nameOf).join('+');
          await gates.get(names);
          if (failing.has(names)) throw new AppError('storage_unavailable', 'Table storage is unavailable');
          // A change to a comment not stored yet changes nothing, as the ingester counts it.
          const unknown = events.filter((e) => e.kind !== 'new' && !storedKeys.has(e.key.commentId)).length;
          if (unknown > 0) return { ...STORED, stored: 0, unknown };
          for (const e of events) if (e.kind === 'new') storedKeys.add(e.comment.commentId);
          finished.push(names);
          return STORED;
        },
      },
      clock,
      logger: recordingLog(lines),
      schedule: intervalScheduler(silentLog),
      intervalMs: 3_600_000,
    });
  });

  it('ingests an edit only after its comment, while a delivery about another comment goes on at once', async () => {
    let open = () => undefined as void;
    gates.set('Hej, när öppnar badet?', new Promise<void>((resolve) => (open = resolve)));
    const events = [
      [comment('1', 'Hej, när öppnar badet?')],
      [edit('1', 'Hej, när öppnar badet i Limhamn?')],
      [comment('2', 'Tack för svaret!')],
    ];
    for (const delivery of events) drain.take(await hold(delivery), delivery, silentLog);
    while (!finished.includes('Tack för svaret!')) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(finished, ['Tack för svaret!'], 'the edit waits for its comment');
    open();
    await drain.settled();
    assert.deepEqual(finished, [
      'Tack för svaret!',
      'Hej, när öppnar badet?',
      'Hej, när öppnar badet i Limhamn?',
    ]);
    assert.deepEqual(await stillHeld(), [], 'each released once ingested');
  });

  const message = (id: string, sender: string, text: string): IncomingEvent => ({
    kind: 'new',
    comment: facebookComment(id, {
      platform: 'messenger',
      commentId: `m_${id}`,
      postId: '',
      authorId: sender,
      text,
    }),
  });

  it("ingests a Messenger sender's messages in turn, so one conversation holds them; other senders go on", async () => {
    let open = () => undefined as void;
    gates.set('Hej! Min ansökan om bygglov', new Promise<void>((resolve) => (open = resolve)));
    const events = [
      [message('1', '2461', 'Hej! Min ansökan om bygglov')],
      [message('2', '2461', 'har ärendenummer 2026-123')],
      [message('3', '9902', 'Var hämtar jag mitt parkeringstillstånd?')],
    ];
    for (const delivery of events) drain.take(await hold(delivery), delivery, silentLog);
    while (!finished.includes('Var hämtar jag mitt parkeringstillstånd?'))
      await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(finished, ['Var hämtar jag mitt parkeringstillstånd?'], 'the second message waits');
    open();
    await drain.settled();
    assert.deepEqual(finished, [
      'Var hämtar jag mitt parkeringstillstånd?',
      'Hej! Min ansökan om bygglov',
      'har ärendenummer 2026-123',
    ]);
  });

  it("does not hold a sender's next message back behind one that failed", async () => {
    failing.add('Hej! Min ansökan om bygglov');
    const events = [
      [message('1', '2461', 'Hej! Min ansökan om bygglov')],
      [message('2', '2461', 'har ärendenummer 2026-123')],
    ];
    for (const delivery of events) drain.take(await hold(delivery), delivery, silentLog);
    await drain.settled();
    assert.deepEqual(finished, ['har ärendenummer 2026-123']);
    assert.equal((await stillHeld()).length, 1, 'the failed one stays held for its retry');
  });

  it("retries a sender's failed message only once the sender's next one is through", async () => {
    failing.add('Hej! Min ansökan om bygglov');
    let open = () => undefined as void;
    gates.set('har ärendenummer 2026-123', new Promise<void>((resolve) => (open = resolve)));
    const events = [
      [message('1', '2461', 'Hej! Min ansökan om bygglov')],
      [message('2', '2461', 'har ärendenummer 2026-123')],
    ];
    for (const delivery of events) drain.take(await hold(delivery), delivery, silentLog);
    await new Promise((resolve) => setTimeout(resolve, 100));
    failing.clear();
    // Its retry is due while the next message is still being ingested: it waits its turn.
    clock.set('2026-12-07T11:01:00');
    await drain.sweep();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(finished, [], 'neither is through yet');
    open();
    await drain.settled();
    assert.deepEqual(finished, ['har ärendenummer 2026-123', 'Hej! Min ansökan om bygglov']);
  });

  it('ingests nothing while webhooks wait to be held, and all once they no longer do', async () => {
    let holding = true;
    let quiet: () => void = () => undefined;
    let started = 0;
    let open = () => undefined as void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const giving = new InboxDrain({
      inbox,
      eventsOf: () => [],
      ingester: {
        async ingest() {
          started += 1;
          await gate;
          return STORED;
        },
      },
      clock,
      logger: silentLog,
      schedule: intervalScheduler(silentLog),
      intervalMs: 3_600_000,
      priority: { storing: () => holding, holding: () => holding, onQuiet: (listener) => (quiet = listener) },
    });
    for (let n = 0; n < 10; n += 1) {
      const events = [comment(`g${n}`, `Fråga ${n}`)];
      giving.take(await hold(events), events, silentLog);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(started, 0, 'the webhooks are acknowledged first');
    holding = false;
    quiet();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(started, 10);
    open();
    await giving.settled();
    assert.deepEqual(await stillHeld(), []);
  });

  it('keeps a delivery whose ingestion failed, and ingests it at a sweep once its retry is due', async () => {
    failing.add('Varför är gatlampan släckt?');
    const events = [comment('3', 'Varför är gatlampan släckt?')];
    const held = await hold(events);
    drain.take(held, events, recordingLog(lines));
    await drain.settled();
    assert.deepEqual(finished, []);
    assert.equal((await stillHeld()).length, 1, 'still held');
    const logged = lines.find((line) => line.includes('inbox.retry_later')) ?? '';
    assert.match(logged, /"code":"storage_unavailable"/);
    assert.ok(!lines.join('\n').includes('gatlampan'), 'no resident words in the log');

    failing.clear();
    await sweepAt('2026-12-07T11:00:03');
    assert.deepEqual(finished, [], 'not tried again before its time');
    await sweepAt('2026-12-07T11:00:06');
    assert.deepEqual(finished, ['Varför är gatlampan släckt?']);
    assert.deepEqual(await stillHeld(), []);
  });

  it('holds back what follows about a comment whose delivery failed, until that one is through', async () => {
    await failedCommentAndItsEdit('5');
    assert.deepEqual(finished, [], 'the edit waits for its comment to be stored');
    failing.clear();
    await sweepAt('2026-12-07T11:00:06');
    assert.deepEqual(finished, ['Hej, när öppnar badet?', 'Hej, när öppnar badet i Limhamn?']);
    assert.deepEqual(await stillHeld(), []);
  });

  it('keeps an edit that came before its comment, and applies it once the comment is stored', async () => {
    const before = [edit('6', 'Tack, nu hittade jag det!')];
    const after = [comment('6', 'Var hittar jag blanketten?')];
    drain.take(await hold(before), before, silentLog);
    await drain.settled();
    drain.take(await hold(after), after, silentLog);
    await drain.settled();
    assert.deepEqual(finished, ['Var hittar jag blanketten?'], 'the comment is not held back by its edit');
    assert.equal((await stillHeld()).length, 1, 'the edit is kept');
    await sweepAt('2026-12-07T11:00:06');
    assert.deepEqual(finished, ['Var hittar jag blanketten?', 'Tack, nu hittade jag det!']);
    assert.deepEqual(await stillHeld(), []);
  });

  it('lets a comment through once the edit held back before it turns out to have come first', async () => {
    failing.add('Öppettiderna står nu på sidan.');
    const change = [edit('7', 'Öppettiderna står nu på sidan.')];
    const first = [comment('7', 'Var står öppettiderna?')];
    drain.take(await hold(change), change, silentLog);
    drain.take(await hold(first), first, silentLog);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(finished, [], 'held back behind the failed edit');
    failing.clear();
    await sweepAt('2026-12-07T11:00:06');
    assert.deepEqual(finished, ['Var står öppettiderna?'], 'the edit met no comment: the comment goes first');
    await sweepAt('2026-12-07T11:00:30');
    assert.deepEqual(finished, ['Var står öppettiderna?', 'Öppettiderna står nu på sidan.']);
    assert.deepEqual(await stillHeld(), []);
  });

  it('stops without waiting for what waits behind a failure, leaving it held for the next start', async () => {
    await failedCommentAndItsEdit('8');
    await drain.stop();
    assert.deepEqual(finished, []);
    assert.equal((await stillHeld()).length, 2, 'both still held');
  });

  it('takes up a delivery a crash left held, once it is older than any still being ingested elsewhere', async () => {
    await hold([comment('4', 'Var kan jag hämta ut säckar till trädgårdsavfall?')]);
    await sweepAt('2026-12-07T11:01:30');
    assert.deepEqual(finished, [], 'another instance may still be ingesting it');
    await sweepAt('2026-12-07T11:02:01');
    assert.deepEqual(finished, ['Var kan jag hämta ut säckar till trädgårdsavfall?']);
    assert.deepEqual(await stillHeld(), []);
  });
});
