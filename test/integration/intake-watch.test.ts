import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { LINKEDIN } from '../fakes/oauth-flavours';
import { startFakeOAuthServer, type FakeOAuthServer } from '../fakes/oauth-server';
import { eventually } from '../support/eventually';
import { INSTAGRAM_ID, MetaWorld, PAGE_ID } from '../support/meta-world';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const ZONE = 'Europe/Stockholm';

describe('Intake watched from inside: konton, webhook subscriptions and quiet accounts', () => {
  let t: TestApp;
  let clock: TestClock;
  let world: MetaWorld;

  beforeEach(async () => {
    // A Monday morning.
    clock = new TestClock('2026-11-09T09:00');
    t = await startTestApp({
      clock,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-meta.json',
        [`META_PAGE_TOKEN_${INSTAGRAM_ID}`]: 'instagram-page-token',
        META_APP_ID: '1234567890123456',
        TEAMS_PACING: 'off',
      },
    });
    world = new MetaWorld(t.graph);
    await t.install();
    // The first check reads the subscriptions as they are.
    await t.app.intakeWatch.check();
  });
  afterEach(() => t.stop(true));

  const notices = (pattern: RegExp) =>
    t.connector.personalMessages().filter((m) => m.memberId === ALEX.aadObjectId && pattern.test(m.text));
  const konton = async () => {
    await t.app.intakeWatch.check();
    return t.say(MEGAN, 'konton');
  };
  const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

  it('answers konton with each account’s last comment, how it came, its credential and its read errors', async () => {
    const comment = world.facebookComment(1, local('2026-11-09T08:40'), 'Hej! När öppnar biblioteket?');
    assert.equal((await t.postMeta(comment.delivery)).status, 200);
    t.graph.script.push({
      status: 500,
      body: { error: { code: 2, message: 'Service temporarily unavailable' } },
    });
    await t.app.pollers.instagram.poll();

    const answer = await konton();
    const block = (name: string) => answer.split('\n\n').find((b) => b.startsWith(`**${name}**`)) ?? '';
    const page = block('Norrviks kommun');
    assert.match(page, /Inloggning: OK/);
    assert.match(page, /Senaste kommentar: mån 9 nov kl\. 08:40 · senaste webhook: mån 9 nov kl\. 09:00/);
    assert.match(page, /Webhook: OK/);
    const instagram = block('@norrvikskommun');
    assert.match(instagram, /Fel: `platform_unavailable` ×1 \(senast mån 9 nov kl\. 09:00\)/);
    assert.match(instagram, /Senaste kommentar: aldrig/);
    assert.match(block('@norrvikskommun (Direct)'), /Inloggning: OK/);
    assert.doesNotMatch(answer, /page-token|Biblioteket|biblioteket/i, 'no token and no resident’s words');
  });

  it('flags a Meta subscription that disappears within a day, once, to the admins and in konton', async () => {
    await t.app.intakeWatch.check();
    assert.equal(notices(/Webhook saknas/).length, 0);
    t.graph.lists.set(`${PAGE_ID}/subscribed_apps`, [
      { id: '1234567890123456', name: 'Svarsvakten', subscribed_fields: ['messages'] },
      { id: '999', name: 'Another tool', subscribed_fields: ['feed'] },
    ]);
    clock.set('2026-11-09T18:00');
    await t.app.intakeWatch.check();
    assert.equal(notices(/Webhook saknas/).length, 0, 'read once a day');

    clock.set('2026-11-10T08:30');
    await t.app.intakeWatch.check();
    await eventually(() => assert.equal(notices(/Webhook saknas/).length, 1));
    assert.match(notices(/Webhook saknas/)[0]!.text, /Facebook \(Norrviks kommun\).*`feed`/);
    await t.app.intakeWatch.check();
    assert.equal(notices(/Webhook saknas/).length, 1);
    assert.match(await t.say(MEGAN, 'konton'), /Webhook: \*\*saknar `feed`\*\*/);
  });

  it('tells the admins once when an account is quiet for longer than it usually is, in office hours', async () => {
    // A comment every half hour through Monday's office hours...
    for (let i = 0; i < 24; i += 1) {
      const written = local('2026-11-09T08:00').plus({ minutes: 20 * i });
      const comment = world.facebookComment(i % 8, written, `Fråga nummer ${i}`);
      assert.equal((await t.postMeta(comment.delivery)).status, 200);
    }
    // ...the last at 15:40; an hour later is nothing unusual.
    clock.set('2026-11-09T16:40');
    await t.app.intakeWatch.check();
    assert.equal(notices(/Tyst konto/).length, 0);
    // The evening and the night do not count; by Tuesday 09:00 it has been quiet 2 h 20 min of office time.
    clock.set('2026-11-10T07:30');
    await t.app.intakeWatch.check();
    assert.equal(notices(/Tyst konto/).length, 0);
    clock.set('2026-11-10T09:00');
    await t.app.intakeWatch.check();
    await eventually(() => assert.equal(notices(/Tyst konto/).length, 1));
    assert.match(notices(/Tyst konto/)[0]!.text, /Facebook \(Norrviks kommun\).*mån 9 nov kl\. 15:40/);
    clock.set('2026-11-10T11:00');
    await t.app.intakeWatch.check();
    assert.equal(notices(/Tyst konto/).length, 1);
  });
});

describe('Konton in the overview tab', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      clock: new TestClock('2026-11-09T09:00'),
      env: { ACCOUNTS_FILE: 'test/fixtures/accounts-meta.json' },
    });
  });
  after(() => t.stop(true));

  it('lists every account with its credential state and no token', async () => {
    const response = await fetch(`${t.url}/api/accounts`);
    assert.equal(response.status, 200);
    const text = await response.text();
    const body = JSON.parse(text) as {
      accounts: { name: string; credential: string }[];
      canConnect: boolean;
    };
    assert.deepEqual(
      body.accounts.map((a) => [a.name, a.credential]),
      [
        ['Norrviks kommun', 'ok'],
        ['Norrviks kommun (Messenger)', 'ok'],
        ['@norrvikskommun', 'none'],
        ['@norrvikskommun (Direct)', 'none'],
      ],
    );
    assert.doesNotMatch(text, /token/i);
    const page = await (await fetch(`${t.url}/tab/assets/accounts.js`)).text();
    assert.match(page, /textContent/);
  });
});

describe('A LinkedIn token from the settings: its end learnt from LinkedIn and warned ahead', () => {
  let t: TestApp;
  let clock: TestClock;
  let linkedin: FakeOAuthServer;

  beforeEach(async () => {
    clock = new TestClock('2026-11-09T09:00');
    linkedin = await startFakeOAuthServer(LINKEDIN, () => clock.now().toMillis());
    t = await startTestApp({
      clock,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        LINKEDIN_TOKEN_10485736: linkedin.issueAccess(),
        LINKEDIN_CLIENT_ID: linkedin.clientId,
        LINKEDIN_CLIENT_SECRET: linkedin.clientSecret,
        LINKEDIN_TOKEN_URL: linkedin.tokenUrl,
      },
    });
    await t.install();
  });
  afterEach(async () => {
    await t.stop(true);
    await linkedin.close();
  });

  const warnings = () => t.connector.personalMessages().filter((m) => /inloggning går ut/.test(m.text));

  it('shows the end under konton and warns 14, 7 and 1 days ahead, each once', async () => {
    await t.app.intakeWatch.check();
    assert.match(
      await t.say(MEGAN, 'konton'),
      /Norrvik – jobba hos oss.*\n- Inloggning: OK, går ut fre 8 jan/,
    );
    assert.equal(warnings().length, 0);
    for (const [day, expected] of [
      ['2026-12-25T09:00', 1],
      ['2026-12-26T09:00', 1],
      ['2027-01-01T09:00', 2],
      ['2027-01-07T10:00', 3],
      ['2027-01-07T16:00', 3],
    ] as const) {
      clock.set(day);
      await t.app.intakeWatch.check();
      await eventually(() => assert.equal(warnings().length, expected, day));
    }
    assert.match(warnings()[0]!.text, /LinkedIn \(Norrvik – jobba hos oss\).*14 dagar/);
  });
});
