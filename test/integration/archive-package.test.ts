import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { startSignedOnTab } from '../support/tab-sign-on';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import {
  FIXTURE_CARD,
  FIXTURE_COMMENT,
  FIXTURE_KEY,
  startWithCommentCard,
} from '../support/with-comment-card';

const REPLY_ID = '122187654321098765_1190283746519283';
const NOVEMBER = 'from=2026-11-01&to=2026-11-30';

describe('the archive package (Arkivpaket)', () => {
  let t: TestApp;
  afterEach(() => t.stop(true));

  /** Anna's comment answered, Per's reply in its thread hidden: a conversation with an answer and a moderation. */
  async function seeded(): Promise<TestApp> {
    t = await startWithCommentCard();
    await t.click(ALEX, FIXTURE_CARD, 'claim', FIXTURE_KEY);
    await t.click(ALEX, FIXTURE_CARD, 'reply', { ...FIXTURE_KEY, replyText: 'Hej Anna! Fredag 25/12.' });
    await t.postMeta(fixtureBytes('facebook-feed-comment-reply-add.json'));
    const reply = { platform: 'facebook', commentId: REPLY_ID } as const;
    const card = await eventually(async () => {
      const activity = (await t.store.get(reply))?.value.card?.activityId;
      assert.ok(activity);
      return activity;
    });
    await t.click(MEGAN, card, 'hide', { commentKey: `facebook:${REPLY_ID}`, moderationReason: 'olaga_hot' });
    return t;
  }

  const take = (query: string) => fetch(`${t.url}/api/overview/archive.zip?${query}`);

  it('holds one JSON document per conversation, the summary, the register, a README and checksums that hold', async () => {
    await seeded();
    const response = await take(NOVEMBER);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/zip');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /svarsvakten-arkiv-2026-11-01_2026-11-30\.zip/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const document = `samtal/facebook/${FIXTURE_COMMENT.commentId}.json`;
    assert.deepEqual(Object.keys(files).sort(), [
      'README.txt',
      'manifest-sha256.txt',
      'moderering.csv',
      'sammanfattning.csv',
      document,
    ]);

    const manifest = strFromU8(files['manifest-sha256.txt'] ?? new Uint8Array());
    const listed = manifest
      .trim()
      .split('\n')
      .map((line) => line.split('  '));
    assert.equal(listed.length, 4, 'every other file is in the manifest');
    for (const [sum, name] of listed) {
      const bytes = files[name ?? ''];
      assert.ok(bytes, `${name} is in the package`);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), sum, `the checksum of ${name}`);
    }

    const conversation = JSON.parse(strFromU8(files[document] ?? new Uint8Array())) as {
      conversation: string;
      account: { name: string };
      comments: {
        key: string;
        text: string;
        authorName: string;
        sent: { text: string; by: { name: string } }[];
        moderation?: { reason: string; copy: { text: string } };
        history: { action: string; by: string }[];
        card?: unknown;
      }[];
    };
    assert.equal(conversation.conversation, `facebook:${FIXTURE_COMMENT.commentId}`);
    assert.equal(conversation.account.name, 'Norrviks kommun');
    const [anna, per] = conversation.comments;
    assert.match(anna?.text ?? '', /soptunnorna i Västra Hagen/);
    assert.match(anna?.sent[0]?.text ?? '', /^Hej Anna! Fredag 25\/12\./);
    assert.equal(anna?.sent[0]?.by.name, 'Alex Wilber');
    assert.deepEqual(
      anna?.history.map((h) => h.action),
      ['claimed', 'replied'],
    );
    assert.equal(anna?.card, undefined, 'where the card is in Teams is not part of the record');
    assert.equal(per?.authorName, 'Per Öberg');
    assert.equal(per?.moderation?.reason, 'olaga_hot');
    assert.match(per?.moderation?.copy.text ?? '', /Lärkvägen/);

    const summary = strFromU8(files['sammanfattning.csv'] ?? new Uint8Array()).replace(/^\ufeff/, '');
    const rows = summary.trim().split('\r\n');
    assert.match(rows[0] ?? '', /^kommentar;samtal;plattform;konto;skriven;författare;text;läge/);
    assert.equal(rows.length, 3, 'a heading and one row per comment');
    assert.match(rows[2] ?? '', new RegExp(`^facebook:${REPLY_ID};facebook:${FIXTURE_COMMENT.commentId};`));
    assert.match(
      strFromU8(files['moderering.csv'] ?? new Uint8Array()),
      /Olaga hot \(BBS-lagen 5 § 1 a, 4 kap\. 5 § brottsbalken\)/,
    );
    assert.match(
      strFromU8(files['README.txt'] ?? new Uint8Array()),
      /Period: 2026-11-01 – 2026-11-30[\s\S]*Samtal: 1\nKommentarer: 2/,
    );
  });

  it('gives the same bytes for the same period, and leaves out what was written outside it', async () => {
    await seeded();
    const first = Buffer.from(await (await take(NOVEMBER)).arrayBuffer());
    const again = Buffer.from(await (await take(NOVEMBER)).arrayBuffer());
    assert.ok(first.equals(again), 'byte-identical');
    const october = unzipSync(
      new Uint8Array(await (await take('from=2026-10-01&to=2026-10-31')).arrayBuffer()),
    );
    assert.deepEqual(
      Object.keys(october).filter((name) => name.startsWith('samtal/')),
      [],
    );
  });

  it('comes out the same from `npm run archive` on the server', async function () {
    this.timeout(60000);
    await seeded();
    const fromTab = Buffer.from(await (await take(NOVEMBER)).arrayBuffer());
    const out = mkdtempSync(path.join(tmpdir(), 'svarsvakten-archive-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'bot/archive/run-archive.ts',
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-30',
        '--out',
        out,
      ],
      {
        env: {
          ...process.env,
          TABLES_CONNECTION_STRING: azurite().connectionString,
          TABLE_PREFIX: t.tablePrefix,
          ACCOUNTS_FILE: 'test/fixtures/accounts.json',
          PLAYGROUND: 'off',
        },
      },
    );
    assert.match(stdout, /svarsvakten-arkiv-2026-11-01_2026-11-30\.zip: 5 filer/);
    const fromCli = readFileSync(path.join(out, 'svarsvakten-arkiv-2026-11-01_2026-11-30.zip'));
    assert.ok(fromCli.equals(fromTab), 'byte-identical to the tab’s');
  });

  it('refuses a period that has not ended or cannot be read, and anyone but an admin', async () => {
    const tab = await startSignedOnTab();
    t = tab.t;
    const as = async (query: string, claims: Record<string, unknown> = {}) =>
      fetch(`${t.url}/api/overview/archive.zip?${query}`, {
        headers: { Authorization: `Bearer ${await tab.token(claims)}` },
      });
    assert.equal((await as(NOVEMBER, { oid: MEGAN.aadObjectId, name: MEGAN.name })).status, 403);
    const open = await as('from=2026-01-01&to=2099-12-31');
    assert.equal(open.status, 400);
    assert.deepEqual(await open.json(), { error: 'archive_period_open' });
    assert.equal((await as('from=1%20nov&to=2026-11-30')).status, 400);
    // June and December are the archiving months: one package covers at most the six months between them.
    const year = await as('from=2025-07-01&to=2026-06-30');
    assert.equal(year.status, 400);
    assert.deepEqual(await year.json(), { error: 'archive_period_too_long' });
    const halfYear = await as('from=2025-07-01&to=2025-12-31');
    assert.equal(halfYear.status, 200, 'one half-year');
    // One package at a time: the next is taken once this one has been downloaded.
    await halfYear.arrayBuffer();
    assert.equal((await as(NOVEMBER)).status, 200, 'Alex is an admin');
  });

  it('reminds each admin in 1:1, once, when an archiving period has ended', async () => {
    const clock = new TestClock('2027-01-04T08:30');
    t = await startTestApp({ clock });
    await t.install();
    assert.equal(await t.app.archiveReminder.check(), true);
    assert.equal(await t.app.archiveReminder.check(), false, 'said once');
    const [notice, ...more] = t.connector.personalMessages();
    assert.deepEqual(more, []);
    assert.equal(notice?.memberId, ALEX.aadObjectId);
    assert.match(notice?.text ?? '', /Arkiveringsperioden 2026-07-01 – 2026-12-31 är slut/);
    assert.match(notice?.text ?? '', /npm run archive -- --from 2026-07-01 --to 2026-12-31/);
    clock.set('2027-02-01T08:30');
    assert.equal(await t.app.archiveReminder.check(), false, 'January ends no period');
  });
});
