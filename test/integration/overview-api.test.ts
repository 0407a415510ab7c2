import assert from 'node:assert/strict';
import { generateKeyPair, type CryptoKey } from 'jose';
import type { OverviewReport } from '../../services/app/overview/overview-report';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import { ANSWERED_KEY, seedOverview } from '../support/overview-data';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { startSignedOnTab, TAB_APP_ID, type SignedOnTab } from '../support/tab-sign-on';

const FIRST = ANSWERED_KEY;

async function overview(t: TestApp, headers: Record<string, string> = {}): Promise<OverviewReport> {
  const response = await fetch(`${t.url}/api/overview?weeks=4`, { headers });
  assert.equal(response.status, 200);
  return (await response.json()) as OverviewReport;
}

describe('the overview tab API (local mode)', () => {
  let t: TestApp;
  const clock = new TestClock('2026-11-10T09:00');

  before(async () => {
    t = await startTestApp({ clock });
    await seedOverview(t, clock, '2026-11-10T09:30');
  });
  after(() => t.stop(true));

  it('lists the queue with first words, deadline and state, linking each card to its thread', async () => {
    const report = await overview(t);
    const answered = report.queue.find((i) => i.key === FIRST.commentKey);
    assert.ok(answered, 'the answered comment is listed');
    assert.deepEqual(answered.groups, ['answered']);
    assert.equal(answered.promise, 'kept');
    assert.match(answered.stateLabel, /Besvarad av Alex/);
    assert.equal(answered.account, 'Norrviks kommun');
    assert.match(answered.link ?? '', /^https:\/\/teams\.microsoft\.com\/l\/message\/.+\/activity-1\?/);
    const waiting = report.queue.filter((i) => i.groups.includes('unclaimed'));
    assert.ok(waiting.length >= 2);
    assert.ok(waiting.every((i) => typeof i.firstWords === 'string' && i.deadlineText.length > 0));
    assert.equal(report.viewer.canSeeText, true);
  });

  it('words states, reasons, weeks and saved-answer languages in English when the tab asks in English', async () => {
    const english = await overview(t, { 'Accept-Language': 'en' });
    const answered = english.queue.find((i) => i.key === FIRST.commentKey);
    assert.match(answered?.stateLabel ?? '', /^Answered by Alex/);
    assert.match(answered?.deadlineText ?? '', /^\w{3} \d+ \w{3} \d\d:\d\d$/);
    assert.ok(english.closeReasons.some((r) => r.label === 'Only thanks or an emoji'));
    assert.match(english.statistics.perWeek[0]?.label ?? '', /^wk \d+$/);
    const swedish = await overview(t);
    assert.match(
      swedish.queue.find((i) => i.key === FIRST.commentKey)?.stateLabel ?? '',
      /^Besvarad av Alex/,
    );
    assert.match(swedish.statistics.perWeek[0]?.label ?? '', /^v\. \d+$/);
    const answers = (await (
      await fetch(`${t.url}/api/overview/answers`, { headers: { 'Accept-Language': 'en' } })
    ).json()) as { languages: { tag: string; name: string }[] };
    assert.deepEqual(answers.languages[0], { tag: 'sv', name: 'Swedish' });
    const advice = (await (
      await fetch(`${t.url}/api/overview/plain-language`, {
        method: 'POST',
        headers: { 'Accept-Language': 'en', 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'Vi erhåller många frågor om detta och återkommer snarast.' }),
      })
    ).json()) as { lines: string[] };
    assert.ok(advice.lines.includes('• “erhåller” – prefer “får”'), advice.lines.join('\n'));
    assert.ok(
      advice.lines.some((line) => line.startsWith('• Readability: LIX')),
      advice.lines.join('\n'),
    );
  });

  it('counts the 24-hour promise: kept when answered in time, broken once the deadline passes unanswered', async () => {
    let stats = (await overview(t)).statistics;
    assert.deepEqual([stats.total.kept, stats.total.broken], [1, 0]);
    assert.equal(stats.total.share, 1);
    assert.ok((stats.medianMinutesToFirstResponse ?? 0) > 0);
    assert.deepEqual(
      stats.perPlatform.map((p) => p.platform),
      ['facebook'],
    );
    assert.deepEqual(
      stats.perAccount.map((a) => a.label),
      ['Norrvik jobb', 'Norrviks kommun'],
    );

    clock.set('2026-11-13T09:00');
    const later = await overview(t);
    stats = later.statistics;
    const unanswered = later.queue.filter((i) => i.promise === 'broken').length;
    assert.ok(unanswered >= 2);
    assert.deepEqual([stats.total.kept, stats.total.broken], [1, unanswered]);
    assert.ok(later.queue.filter((i) => i.groups.includes('overdue')).length === unanswered);
    assert.equal(
      stats.perWeekday.reduce((a, b) => a + b, 0),
      later.queue.length,
    );
    clock.set('2026-11-10T09:30');
  });

  it('exports the handled comments with their whole history as CSV', async () => {
    const response = await fetch(`${t.url}/api/overview/export.csv?weeks=4`);
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /attachment; filename="svarsvakten-2026-11-10\.csv"/,
    );
    const csv = (await response.text()).replace(/^\ufeff/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    assert.match(
      header ?? '',
      /^kommentar;plattform;konto;skriven;författare;text;tidsgräns;första svar;i tid;status/,
    );
    assert.deepEqual(
      rows.map((r) => r.split(';')[12]),
      ['claimed', 'replied'],
      'one row per history line of the one handled comment',
    );
    assert.match(rows[1] ?? '', /Hej Anna! Vi flyttar hämtningen\./);
    assert.match(rows[0] ?? '', /;ja;answered;/);
  });

  it('refuses a period it cannot show, in a way the page can explain', async () => {
    const response = await fetch(`${t.url}/api/overview?weeks=0`);
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'query_invalid' });
  });

  it('serves the page, its scripts and its chart library', async () => {
    for (const path of ['/tab/', '/tab/configure', '/tab/assets/app.js', '/tab/assets/chart.umd.min.js']) {
      const response = await fetch(`${t.url}${path}`);
      assert.equal(response.status, 200, path);
    }
    assert.equal((await fetch(`${t.url}/tab/assets/..%2Fpackage.json`)).status, 404);
    const page = await fetch(`${t.url}/tab/`);
    assert.match(page.headers.get('strict-transport-security') ?? '', /max-age=31536000/);
    const api = await fetch(`${t.url}/api/overview?weeks=4`);
    assert.match(api.headers.get('strict-transport-security') ?? '', /max-age=31536000/);
  });
});

describe('the overview tab API (production: Teams single sign-on)', () => {
  const APP_ID = TAB_APP_ID;
  let t: TestApp;
  let otherKey: CryptoKey;
  let token: SignedOnTab['token'];

  before(async () => {
    otherKey = (await generateKeyPair('RS256')).privateKey;
    ({ t, token } = await startSignedOnTab({ TEAM_LEADS: 'aad-lead:Lena Lindgren' }));
    await t.store.insertNew({
      platform: 'facebook',
      commentId: 'c-1',
      accountId: '104857362918475',
      postId: 'p-1',
      authorId: 'a-1',
      authorName: 'Anna Lindqvist',
      text: 'När töms återvinningen på Möllan?',
      writtenAt: new Date().toISOString(),
      receivedAt: new Date().toISOString(),
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      state: 'open',
      platformStatus: 'visible',
      sent: [],
      recent: [],
    });
  });
  after(async () => {
    await t.stop(true);
  });

  const get = async (path: string, bearer?: string) =>
    fetch(`${t.url}${path}`, bearer ? { headers: { Authorization: `Bearer ${bearer}` } } : {});

  it('shows trained staff the queue with its text when the token is the city’s, for this app', async () => {
    const report = await overview(t, { Authorization: `Bearer ${await token()}` });
    assert.equal(report.viewer.name, ALEX.name);
    assert.equal(report.viewer.canSeeText, true);
    assert.equal(report.queue[0]?.firstWords, 'När töms återvinningen på Möllan?');
    const megan = await token({ oid: MEGAN.aadObjectId, name: MEGAN.name }, { audience: APP_ID });
    assert.equal((await get('/api/overview', megan)).status, 200, 'a v2 token has the app id as audience');
  });

  it('keeps a Messenger case’s document for Platina to the contact centre (P7)', async () => {
    const closed = (platform: 'facebook' | 'messenger', commentId: string) =>
      t.store.insertNew({
        platform,
        commentId,
        accountId: '104857362918475',
        postId: platform === 'messenger' ? '' : 'p-1',
        authorId: 'a-2',
        authorName: 'Per Holm',
        text: 'Jag vill anmäla ett fel.',
        writtenAt: new Date().toISOString(),
        receivedAt: new Date().toISOString(),
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
        state: 'case_closed',
        closure: {
          by: { id: 'aad-alex', name: ALEX.name, firstName: 'Alex' },
          at: new Date().toISOString(),
          platinaRef: 'KS-2026-01234',
        },
        platformStatus: 'visible',
        sent: [],
        recent: [],
      });
    await closed('messenger', 'm-case');
    await closed('facebook', 'f-case');
    const pdf = async (comment: string) => get(`/api/overview/platina.pdf?comment=${comment}`, await token());
    const refused = await pdf('messenger:m-case');
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), { error: 'outside_contact_centre' });
    assert.equal((await pdf('facebook:f-case')).status, 200, 'a Facebook case is for all trained staff');
  });

  it('shows figures per person to the team leads only', async () => {
    const lead = await token({ oid: 'aad-lead', name: 'Lena Lindgren' });
    const forLead = (await (await get('/api/overview', lead)).json()) as { people?: unknown[] };
    assert.ok(Array.isArray(forLead.people), 'a team lead sees the figures per person');
    const forAlex = (await overview(t, { Authorization: `Bearer ${await token()}` })) as {
      people?: unknown[];
    };
    assert.equal(forAlex.people, undefined, 'an admin who is not a team lead does not');
  });

  it('shows others in the city (a guest too) the figures of at most a quarter, but no queue, no text and no export', async () => {
    const outsider = await token({ oid: ISAIAH.aadObjectId, name: ISAIAH.name });
    const report = await overview(t, { Authorization: `Bearer ${outsider}` });
    assert.equal(report.viewer.canSeeText, false);
    assert.equal(report.queue.length, 0, 'the queue is the work of trained staff');
    assert.doesNotMatch(JSON.stringify(report), /Möllan|Anna Lindqvist|c-1/);
    const longer = (await (await get('/api/overview?weeks=104', outsider)).json()) as { since: string };
    const staffs = (await (await get('/api/overview?weeks=104', await token())).json()) as { since: string };
    const weeks = (since: string) =>
      Math.round((Date.parse(report.generatedAt) - Date.parse(since)) / (7 * 86_400_000));
    assert.equal(weeks(longer.since), 13);
    assert.equal(weeks(staffs.since), 104);
    const exported = await get('/api/overview/export.csv', outsider);
    assert.equal(exported.status, 403);
  });

  it('refuses a missing, forged, expired, foreign or misdirected token', async () => {
    const refused = {
      none: undefined,
      garbage: 'not.a.token',
      'signed with another key': await token({}, { signWith: otherKey }),
      expired: await token({}, { expiresIn: '-2h' }),
      'another tenant': await token({ tid: '0a1b2c3d-0000-4000-8000-000000000000' }),
      'another issuer': await token({}, { issuer: 'https://login.microsoftonline.com/common/v2.0' }),
      'another app': await token(
        {},
        { audience: 'api://svarsvakten.malmo.se/00000000-1111-2222-3333-444444444444' },
      ),
      'app-only (a service principal of the tenant)': await token({
        scp: undefined,
        idtyp: 'app',
        roles: ['x'],
      }),
      'without the tab scope': await token({ scp: 'User.Read' }),
      'app-only, though it claims the scope': await token({ idtyp: 'app' }),
    };
    for (const [what, bearer] of Object.entries(refused)) {
      const response = await get('/api/overview', bearer);
      assert.equal(response.status, 401, what);
      assert.deepEqual(await response.json(), { error: 'sign_in_required' }, what);
    }
    assert.ok(t.logs.some((line) => line.includes('"reason":"ERR_JWT_EXPIRED')));
    const leaked = t.logs.filter((line) => line.includes('eyJ'));
    assert.deepEqual(leaked, [], 'no token in the logs');
  });
});
