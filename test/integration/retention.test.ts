import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { TableAuditLog } from '../../services/adapters/tables/table-audit-log';
import { takeArchivePackage } from '../support/archive-taken';
import { loadConfig } from '../../bot/config/load-config';
import type { OverviewReport } from '../../services/app/overview/overview-report';
import { cardOf, cardText } from '../support/card-text';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { testKeyedIds } from '../support/keyed-ids';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const ANSWERED = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${ANSWERED.commentId}` };
/** Where the records plan keeps what is left of it: under its keyed id. */
const PURGED = { platform: 'facebook', commentId: testKeyedIds(ANSWERED) } as const;
const REPLY = 'Hej Anna! Hämtningen flyttas till fredag under julveckan.';

describe('retention (the records plan)', () => {
  let t: TestApp;
  /** The platforms' ids of the residents' comments, of their authors and of the city's answer. */
  let ids: string[] = [];
  const clock = new TestClock('2026-11-10T09:00');

  before(async () => {
    t = await startTestApp({ clock, env: { RETENTION_DAYS: '90' } });
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await t.postMeta(fixtureBytes('facebook-feed-batched.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 3));
    clock.set('2026-11-10T09:30');
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: REPLY });
    const stored = await t.store.listWrittenSince('2026-01-01T00:00:00.000Z');
    ids = stored.flatMap((c) => [c.commentId, c.authorId, ...c.sent.map((sent) => sent.platformReplyId)]);
    assert.equal(ids.length, 7);
  });
  after(() => t.stop(true));

  it('keeps everything while the period has not passed', async () => {
    clock.set('2027-02-01T09:00');
    await t.app.retention.run();
    const stored = (await t.store.get(ANSWERED))?.value;
    assert.equal(stored?.authorName, 'Anna Lindqvist');
    assert.equal(stored?.anonymisedAt, undefined);
  });

  it('keeps every word past RETENTION_DAYS while the period’s archive package is not taken, and reminds the admins weekly', async () => {
    clock.set('2027-02-10T09:00');
    await t.app.retention.run();
    assert.equal((await t.store.get(ANSWERED))?.value.authorName, 'Anna Lindqvist');
    assert.equal(await t.app.archiveReminder.checkWaiting(), true);
    assert.equal(await t.app.archiveReminder.checkWaiting(), false, 'once a week');
    const notice = t.connector.personalMessages().at(-1)?.text ?? '';
    assert.match(notice, /En kommentar från perioden 2026-07-01 – 2026-12-31 har passerat gallringstiden/);
    assert.match(notice, /npm run archive -- --from 2026-07-01 --to 2026-12-31/);
  });

  it('records the package taken out, with the SHA-256 of the zip handed over, and the package holds every word', async () => {
    const { zip, taken } = await takeArchivePackage(t, '2026-07-01', '2026-12-31');
    assert.equal(taken.sha256, createHash('sha256').update(zip).digest('hex'));
    const [entry] = await new TableAuditLog(
      createTableClients(azurite().connectionString, t.tablePrefix).audit,
    ).listLatest(1);
    assert.equal(entry?.action, 'archive_taken');
    assert.equal(
      entry?.detail,
      `2026-07-01–2026-12-31 SHA-256 ${createHash('sha256').update(zip).digest('hex')}`,
    );
    const everything = Object.values(unzipSync(zip))
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    for (const words of ['Anna Lindqvist', REPLY, ANSWERED.commentId])
      assert.ok(everything.includes(words), words);
    assert.equal(await t.app.archiveReminder.checkWaiting(), false, 'nothing waits any more');
  });

  it('removes the resident’s text and details from a handled comment, its history and its card, keeping the figures', async () => {
    const before = (await t.store.get(ANSWERED))?.value;
    clock.set('2027-02-10T10:00');
    await t.app.retention.run();
    assert.equal(await t.store.get(ANSWERED), undefined, 'its platform id leads nowhere');
    const after = (await t.store.get(PURGED))?.value;
    assert.ok(after?.anonymisedAt);
    assert.deepEqual(
      [after.text, after.authorName, after.authorId, after.permalink],
      ['', '', '', undefined],
    );
    assert.deepEqual(
      after.sent.map((s) => s.text),
      [''],
    );
    assert.equal(after.firstResponseAt, before?.firstResponseAt, 'when it was answered stays');
    assert.equal(after.deadline, before?.deadline);
    assert.equal(after.state, 'answered');
    assert.equal(after.holder?.name, 'Alex Wilber', 'who handled it stays');

    const history = await t.store.listHistory(PURGED);
    assert.deepEqual(
      history.map((h) => h.action),
      ['claimed', 'replied', 'anonymised'],
    );
    assert.ok(
      history.every((h) => !h.detail),
      'no reply text left in the history',
    );

    const card = cardText(cardOf(t.connector.updatesOf('activity-1').at(-1)?.body ?? {}));
    assert.match(card, /gallrade enligt stadens informationshanteringsplan/);
    assert.doesNotMatch(card, /Anna|soptunnorna|Hämtningen/);

    const everything = JSON.stringify(after) + JSON.stringify(history) + JSON.stringify(card);
    assert.doesNotMatch(everything, /Anna|Lindqvist|soptunnorna|Hämtningen|1184736291045827/);
  });

  it('leaves comments that are still open, and the statistics count the purged one as before', async () => {
    const report = (await (await fetch(`${t.url}/api/overview?weeks=26`)).json()) as OverviewReport;
    assert.equal(report.statistics.total.kept, 1);
    const open = report.queue.filter((i) => i.groups.includes('unclaimed'));
    assert.equal(open.length, 2);
    assert.ok(
      open.every((i) => (i.firstWords ?? '').length > 0),
      'open comments keep their text',
    );
  });

  it('ignores a later edit on the platform: the purged words are not written back', async () => {
    assert.equal((await t.postMeta(fixtureBytes('facebook-feed-comment-edited.json'))).status, 200);
    assert.equal(await t.store.get(ANSWERED), undefined, 'not stored again as a comment of its own');
    const stored = (await t.store.get(PURGED))?.value;
    assert.equal(stored?.text, '');
    assert.equal(stored?.editedAt, undefined);
  });

  it('closes what nobody closed once past the upper age, and no table or card keeps a resident’s words', async () => {
    clock.set('2027-05-20T09:00');
    await t.app.retention.run();
    const report = (await (await fetch(`${t.url}/api/overview?weeks=52`)).json()) as OverviewReport;
    assert.equal(
      report.queue.filter((i) => !i.groups.includes('answered')).length,
      0,
      'nothing left in the queue',
    );
    assert.equal(report.statistics.total.kept, 1);
    assert.equal(
      report.statistics.total.broken,
      2,
      'never answered: the promise was broken, not "not needed"',
    );
    const open = await t.store.listOpen();
    assert.deepEqual(open, []);

    const words = new RegExp(
      [
        'Anna',
        'Lindqvist',
        'soptunnorna',
        'Hämtningen',
        'Al-Hassan',
        'Mohammed',
        'Åkesson',
        'Läs själva',
        '👍',
        ...ids,
      ]
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
    );
    const tables = createTableClients(azurite().connectionString, t.tablePrefix);
    for (const [name, table] of Object.entries(tables)) {
      for await (const row of table.listEntities()) {
        assert.doesNotMatch(JSON.stringify(row), words, `the ${name} table`);
      }
    }
    for (const [i, thread] of t.connector.newThreads().entries()) {
      const card = await eventually(() => {
        const latest = t.connector.updatesOf(`activity-${i + 1}`).at(-1) ?? thread;
        const shown = cardText(cardOf(latest.body));
        assert.doesNotMatch(shown, words, `the card as Teams shows it now: ${shown}`);
        return shown;
      });
      assert.doesNotMatch(card, words, 'the card as Teams shows it now');
      assert.match(card, /gallrade enligt stadens informationshanteringsplan/);
      if (i > 0) assert.match(card, /Stängd av informationshanteringsplanen – ingen hann stänga den/);
      assert.doesNotMatch(card, /\(Ta\)|\(Svara\)|\(Återöppna\)/, 'nothing left to do on it');
    }
  });

  it('cannot be reopened once its words are gone', async () => {
    const card = await t.click(ALEX, 'activity-1', 'reopen', { commentKey: `facebook:${PURGED.commentId}` });
    assert.match(cardText(card), /gallrade enligt informationshanteringsplanen. Den kan inte öppnas igen/);
    assert.equal((await t.store.get(PURGED))?.value.state, 'answered');
  });

  it('refuses a period too short to handle a comment in', () => {
    assert.throws(
      () => loadConfig({ RETENTION_DAYS: '7' }),
      /RETENTION_DAYS: must be 0 \(keep\) or at least 30/,
    );
  });
});
