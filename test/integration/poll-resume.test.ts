import assert from 'node:assert/strict';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { startFakeYouTubeApi, youTubeAnswerFromFixture, type FakeYouTubeApi } from '../fakes/youtube-api';
import { TestClock } from '../support/test-clock';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const X_ACCOUNT = '1329847561029384192';

describe('polling that loses nothing', () => {
  let t: TestApp;
  let x: FakeXApi;
  let youtube: FakeYouTubeApi;
  const clock = new TestClock('2026-11-12T10:00');
  beforeEach(async () => {
    x = await startFakeXApi();
    youtube = await startFakeYouTubeApi();
    clock.set('2026-11-12T10:00');
    t = await startTestApp({
      clock,
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        X_API_URL: x.url,
        YOUTUBE_API_URL: youtube.url,
        [`X_USER_TOKEN_${X_ACCOUNT}`]: 'test-x-token',
        [`YOUTUBE_TOKEN_${CHANNEL}`]: 'test-youtube-token',
      },
    });
  });
  afterEach(async () => {
    await t.stop(true);
    await x.close();
    await youtube.close();
  });

  const storedIds = async (platform: string) =>
    (await t.store.listOpen()).filter((c) => c.platform === platform).map((c) => c.commentId);

  /** A resident's mention of the city on X, `n` seconds after 06:00. */
  const mention = (n: number) => ({
    id: String(2120700000000000000n + BigInt(n)),
    text: `@NorrvikKommun fråga ${n}`,
    author_id: String(5000 + n),
    created_at: new Date(Date.UTC(2026, 10, 12, 6, 0, n)).toISOString(),
    username: `invanare${n}`,
    name: `Invånare ${n}`,
  });

  it('X answering 429 on page 2, then recovering: every mention stored once', async () => {
    x.mentions.push(mention(0));
    await t.app.pollers.x.poll();
    assert.deepEqual(await storedIds('x'), [mention(0).id], 'the first poll sets the watermark');

    // 250 new mentions: three pages of 100. The window is spent on page 2 and resets a minute later.
    for (let n = 1; n <= 250; n += 1) x.mentions.unshift(mention(n));
    x.mentionsScript.push(undefined, {
      status: 429,
      headers: {
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(clock.now().plus({ minutes: 1 }).toSeconds()),
      },
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    });
    await t.app.pollers.x.poll();
    assert.equal((await storedIds('x')).length, 101, 'page 1 stored before the pause');
    assert.ok(t.logs.some((line) => line.includes('"event":"poller.paused"')));

    await t.app.pollers.x.poll();
    assert.equal((await storedIds('x')).length, 101, 'nothing read while the window is spent');
    clock.set('2026-11-12T10:02');
    const before = x.requests.length;
    await t.app.pollers.x.poll();
    const resumed = x.requests[before];
    assert.equal(resumed?.query.get('since_id'), mention(0).id, 'the same read, from the old watermark');
    assert.ok(resumed?.query.get('pagination_token'), 'from the page not yet read');

    const ids = await storedIds('x');
    assert.equal(ids.length, 251);
    assert.equal(new Set(ids).size, 251, 'each once');
    // The read reached its last page: the watermark is the newest mention, and the next poll asks only for newer.
    await t.app.pollers.x.poll();
    assert.equal(x.requests.at(-1)?.query.get('since_id'), mention(250).id);
    assert.equal(x.requests.at(-1)?.query.get('pagination_token'), null);
  });

  it('X no longer taking the kept page token: the read starts again from page 1 and still stores each once', async () => {
    x.mentions.push(mention(0));
    await t.app.pollers.x.poll();
    for (let n = 1; n <= 150; n += 1) x.mentions.unshift(mention(n));
    const limited = {
      status: 429,
      headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(clock.now().toSeconds() + 60) },
      body: { title: 'Too Many Requests', status: 429 },
    };
    x.mentionsScript.push(undefined, limited);
    await t.app.pollers.x.poll();
    clock.set('2026-11-12T10:02');
    x.mentionsScript.push({
      status: 400,
      body: { errors: [{ message: 'The `pagination_token` query parameter value is invalid' }], status: 400 },
    });
    await t.app.pollers.x.poll();
    const ids = await storedIds('x');
    assert.equal(ids.length, 151);
    assert.equal(new Set(ids).size, 151, 'each once');
    await t.app.pollers.x.poll();
    assert.equal(x.requests.at(-1)?.query.get('since_id'), mention(150).id, 'the read reached its end');
  });

  /** A YouTube comment by a resident, at 08:00 + `n` minutes on 12 November. */
  const comment = (id: string, n: number, parentId?: string) => ({
    kind: 'youtube#comment',
    id,
    snippet: {
      channelId: CHANNEL,
      videoId: 'q7Lm2XvR9sA',
      ...(parentId ? { parentId } : {}),
      textDisplay: `Kommentar ${n}`,
      textOriginal: `Kommentar ${n}`,
      authorDisplayName: `@invanare${n}`,
      authorChannelId: { value: `UCresident${n}` },
      publishedAt: new Date(Date.UTC(2026, 10, 12, 8, n)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 10, 12, 8, n)).toISOString(),
    },
  });
  const thread = (id: string, n: number, totalReplyCount = 0, inline: unknown[] = []) => ({
    kind: 'youtube#commentThread',
    id,
    snippet: { channelId: CHANNEL, videoId: 'q7Lm2XvR9sA', topLevelComment: comment(id, n), totalReplyCount },
    ...(inline.length > 0 ? { replies: { comments: inline } } : {}),
  });

  it('YouTube’s quota running out on page 2: the read goes on from page 2 after the reset, and nothing is lost', async () => {
    youtube.pages.set('', { items: [thread('UgOldest', 0)] });
    await t.app.pollers.youtube.poll();
    youtube.pages.set('', {
      nextPageToken: 'QURTSl9pMlk',
      items: [thread('UgNewest', 50), thread('UgMiddle', 40)],
    });
    youtube.pages.set('QURTSl9pMlk', { items: [thread('UgOlder', 20), thread('UgOldest', 0)] });
    youtube.script.push(undefined, youTubeAnswerFromFixture('youtube-error-quota-exceeded.json'));
    await t.app.pollers.youtube.poll();
    assert.deepEqual((await storedIds('youtube')).sort(), ['UgMiddle', 'UgNewest', 'UgOldest']);

    clock.set('2026-11-13T10:00'); // past midnight in California: the quota is back
    const before = youtube.requests.length;
    await t.app.pollers.youtube.poll();
    assert.equal(
      youtube.requests[before]?.query.get('pageToken'),
      'QURTSl9pMlk',
      'from the page not yet read',
    );
    assert.deepEqual((await storedIds('youtube')).sort(), ['UgMiddle', 'UgNewest', 'UgOlder', 'UgOldest']);

    // The read ended: the watermark is the newest comment, so the next poll reads one page and stops.
    const after = youtube.requests.length;
    await t.app.pollers.youtube.poll();
    assert.deepEqual(
      youtube.requests.slice(after).map((r) => r.query.get('pageToken')),
      [null],
    );
  });

  it('a YouTube thread of 40 replies, 5 of them inline: 40 replies stored, and the quota units counted', async () => {
    const top = 'UgzThreadWithManyReplies4AaABAg';
    const replies = Array.from({ length: 40 }, (_, i) => comment(`${top}.r${i + 1}`, i + 1, top));
    youtube.replies.set(top, replies);
    youtube.pages.set('', { items: [thread(top, 0, 40, replies.slice(-5))] });
    await t.app.pollers.youtube.poll();
    const ids = await storedIds('youtube');
    assert.equal(ids.filter((id) => id.startsWith(`${top}.`)).length, 40);
    assert.ok(ids.includes(top));
    const listed = youtube.requests.filter((r) => r.path === '/youtube/v3/comments' && r.method === 'GET');
    assert.deepEqual(
      listed.map((r) => r.query.get('parentId')),
      [top],
    );
    await eventually(() =>
      assert.ok(
        t.logs.some((line) => line.includes('"event":"poller.polled"') && line.includes('"quotaUnits":2')),
      ),
    );
  });
});
