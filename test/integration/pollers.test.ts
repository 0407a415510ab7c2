import { ADMIN_NOTICE_TEXTS } from '../../cards/locale/admin-notice-texts';
import { ADMIN_NOTICE_TEXTS_EN } from '../../cards/locale/admin-notice-texts-en';
import assert from 'node:assert/strict';
import { TablePollerStateStore } from '../../services/adapters/tables/table-poller-state-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { startRecordingServer } from '../fakes/recording-server';
import { startFakeXApi, type FakeXApi } from '../fakes/x-api';
import { startFakeYouTubeApi, youTubeAnswerFromFixture, type FakeYouTubeApi } from '../fakes/youtube-api';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const CHANNEL = 'UCk3P9xQ2mR7tV1wY4zB8nLe';
const X_ACCOUNT = '1329847561029384192';

describe('polled platforms', () => {
  const apps: TestApp[] = [];
  let youtube: FakeYouTubeApi;
  let x: FakeXApi;

  beforeEach(async () => {
    youtube = await startFakeYouTubeApi();
    x = await startFakeXApi();
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop(true).catch(() => undefined);
    await youtube.close();
    await x.close();
  });

  async function start(tablePrefix?: string): Promise<TestApp> {
    const app = await startTestApp({
      ...(tablePrefix ? { tablePrefix } : {}),
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        YOUTUBE_API_URL: youtube.url,
        X_API_URL: x.url,
        [`YOUTUBE_TOKEN_${CHANNEL}`]: 'test-youtube-token',
        [`X_USER_TOKEN_${X_ACCOUNT}`]: 'test-x-token',
      },
    });
    apps.push(app);
    await app.install();
    return app;
  }

  /** Polls the first page and lets Alex claim Mats's comment (a top-level comment on the channel's video). */
  async function claimMatsComment() {
    const t = await start();
    await t.app.pollers.youtube.poll();
    await eventually(() => assert.equal(t.connector.newThreads().length, 3));
    const key = { commentKey: 'youtube:Ugw8fj-Q5tql-At5-W_4AaABAg' };
    const activity = `activity-${threadTexts(t).findIndex((text) => text.includes('@mats-edlund')) + 1}`;
    await t.click(ALEX, activity, 'claim', key);
    return { t, key, activity };
  }

  const threadTexts = (t: TestApp) => t.connector.newThreads().map((thread) => cardText(cardOf(thread.body)));

  describe('YouTube (commentThreads.list, order=time)', () => {
    it('makes cards of the newest comments, not the channel’s own, and keeps a watermark so a restart repeats none', async () => {
      const t = await start();
      await t.app.pollers.youtube.poll();
      await eventually(() => assert.equal(t.connector.newThreads().length, 3));
      const request = youtube.requests[0];
      assert.equal(request?.query.get('allThreadsRelatedToChannelId'), CHANNEL);
      assert.equal(request?.query.get('order'), 'time');
      assert.equal(request?.authorization, 'Bearer test-youtube-token');
      // The channel's own reply makes no card: it is the answer on the card of the comment it answers.
      const birgitta = threadTexts(t).filter((text) => /@birgitta\.sjoberg/.test(text));
      assert.equal(birgitta.length, 1);
      assert.match(
        birgitta[0] ?? '',
        /Besvarad på YouTube[\s\S]*Svar direkt på YouTube[\s\S]*\/Kommunikationsavdelningen/,
      );
      await t.stop();
      const again = await start(t.tablePrefix);
      await again.app.pollers.youtube.poll();
      await again.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length + again.connector.newThreads().length, 3);
    });

    it('follows nextPageToken back to the watermark, and shows an edited comment’s latest text', async () => {
      const t = await start();
      const state = new TablePollerStateStore(
        createTableClients(azurite().connectionString, t.tablePrefix).pollers,
      );
      await state.setWatermark(`since:youtube:${CHANNEL}`, '2026-11-10T00:00:00Z');
      await t.app.pollers.youtube.poll();
      await eventually(() => assert.equal(t.connector.newThreads().length, 6));
      assert.ok(youtube.requests[1]?.query.get('pageToken'));
      assert.match(threadTexts(t).join('\n'), /När är nästa sammanträde\?/);
    });

    it('updates the card of a comment edited since the last poll', async () => {
      const t = await start();
      await t.app.pollers.youtube.poll();
      await eventually(() => assert.equal(t.connector.newThreads().length, 3));
      const page = youtube.pages.get('') as {
        items: { snippet: { topLevelComment: { id: string; snippet: Record<string, string> } } }[];
      };
      const mats = page.items[1]?.snippet.topLevelComment;
      assert.ok(mats);
      mats.snippet.textOriginal =
        'Ni säger att glas ska till återvinningsstationen – nu står det rätt, tack!';
      mats.snippet.updatedAt = '2026-11-12T10:00:00Z';
      await t.app.pollers.youtube.poll();
      const activity = `activity-${threadTexts(t).findIndex((text) => text.includes('@mats-edlund')) + 1}`;
      await eventually(() =>
        assert.match(
          cardText(cardOf(t.connector.updatesOf(activity).at(-1)?.body ?? {})),
          /nu står det rätt, tack!/,
        ),
      );
    });

    it('stops polling when the quota is spent, until it resets, and says so in the daily overview', async () => {
      const t = await start();
      youtube.script.push(youTubeAnswerFromFixture('youtube-error-quota-exceeded.json'));
      await t.app.pollers.youtube.poll();
      assert.ok(
        t.logs.some((line) => line.includes('"event":"poller.paused"') && line.includes('quota_exceeded')),
      );
      await t.app.pollers.youtube.poll();
      assert.equal(youtube.requests.length, 1);
      const notes = await t.app.pollers.youtube.notes();
      assert.match(
        notes.map((words) => words(ADMIN_NOTICE_TEXTS)).join('\n'),
        /YouTube \(Norrviks kommun på YouTube\): hämtningen är pausad/,
      );
      assert.match(
        notes.map((words) => words(ADMIN_NOTICE_TEXTS_EN)).join('\n'),
        /YouTube \(Norrviks kommun på YouTube\): reading is paused until/,
        'in English for a channel kept in English',
      );
    });

    it('replies with comments.insert under the top-level comment', async () => {
      const { t, key, activity } = await claimMatsComment();
      const card = await t.click(ALEX, activity, 'reply', { ...key, draft: 'Hej Mats! Sidan är rättad.' });
      const insert = youtube.requests.find((r) => r.method === 'POST');
      assert.equal(insert?.path, '/youtube/v3/comments');
      assert.equal(insert?.query.get('part'), 'snippet');
      assert.deepEqual(insert?.body, {
        snippet: {
          parentId: 'Ugw8fj-Q5tql-At5-W_4AaABAg',
          textOriginal: 'Hej Mats! Sidan är rättad.\n/Alex',
        },
      });
      assert.match(cardText(card), /Besvarad av Alex/);
    });

    it('answers after its holding reply: the later reply is published too and the card says answered', async () => {
      const { t, key, activity } = await claimMatsComment();
      await t.click(ALEX, activity, 'acknowledge', key);
      const card = await t.click(ALEX, activity, 'reply', {
        ...key,
        draft: 'Hej igen Mats! Nu är sidan rättad.',
      });
      assert.equal(youtube.requests.filter((r) => r.method === 'POST').length, 2);
      assert.match(cardText(card), /Besvarad av Alex/);
      assert.equal(
        (await t.store.get({ platform: 'youtube', commentId: 'Ugw8fj-Q5tql-At5-W_4AaABAg' }))?.value.state,
        'answered',
      );
    });

    it('says in Swedish when the day’s quota is spent as the reply is sent, keeping the draft', async () => {
      const { t, key, activity } = await claimMatsComment();
      youtube.script.push(youTubeAnswerFromFixture('youtube-error-quota-exceeded.json'));
      const card = await t.click(ALEX, activity, 'reply', { ...key, draft: 'Hej Mats!' });
      assert.match(cardText(card), /dagens kvot av anrop är slut/);
      assert.ok(cardText(card).includes('Hej Mats!'));
    });

    it('is polled by one instance when several share the store', async () => {
      const a = await start();
      const b = await start(a.tablePrefix);
      await Promise.all([a.app.pollers.youtube.poll(), b.app.pollers.youtube.poll()]);
      assert.equal(youtube.requests.filter((r) => r.method === 'GET').length, 1);
    });
  });

  describe('X (mentions with API v2)', () => {
    it('waits for the rate-limit window to reset when X says it is spent', async () => {
      const t = await start();
      await t.stop();
      x.mentions.push({
        id: '2120700000000000009',
        text: '@NorrvikKommun hej',
        author_id: '79',
        created_at: '2026-11-12T06:00:00.000Z',
        username: 'a',
        name: 'A',
      });
      const limited = await startFakeXLimited();
      try {
        const app = await startTestApp({
          tablePrefix: t.tablePrefix,
          env: {
            ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
            X_API_URL: limited.url,
            [`X_USER_TOKEN_${X_ACCOUNT}`]: 'tok',
          },
        });
        apps.push(app);
        await app.app.pollers.x.poll();
        await app.app.pollers.x.poll();
        assert.equal(limited.calls(), 1);
        assert.ok(
          app.logs.some((line) => line.includes('"event":"poller.paused"') && line.includes('rate_limited')),
        );
      } finally {
        await limited.close();
      }
    });

    it('polls mentions since the last one seen, leaving out the account’s own posts', async () => {
      x.mentions.push(
        {
          id: '2120700000000000002',
          text: '@NorrvikKommun När plogas Björkhagavägen?',
          author_id: '77',
          created_at: '2026-11-12T06:00:00.000Z',
          username: 'linnea_holm',
          name: 'Linnéa Holm',
        },
        {
          id: '2120700000000000001',
          text: '@NorrvikKommun vi plogar i dag',
          author_id: X_ACCOUNT,
          created_at: '2026-11-12T05:00:00.000Z',
          username: 'NorrvikKommun',
          name: 'Norrviks kommun',
        },
      );
      const t = await start();
      await t.app.pollers.x.poll();
      await eventually(() => assert.equal(t.connector.newThreads().length, 1));
      assert.match(threadTexts(t)[0] ?? '', /Linnéa Holm \(@linnea_holm\)/);
      x.mentions.unshift({
        id: '2120700000000000003',
        text: '@NorrvikKommun Tack!',
        author_id: '78',
        created_at: '2026-11-12T07:00:00.000Z',
        username: 'per_o',
        name: 'Per O',
      });
      await t.app.pollers.x.poll();
      await eventually(() => assert.equal(t.connector.newThreads().length, 2));
      assert.equal(x.requests.at(-1)?.query.get('since_id'), '2120700000000000002');
    });
  });
});

/** An X API that answers every mentions call with 429 and a reset 15 minutes ahead. */
async function startFakeXLimited() {
  const server = await startRecordingServer(() => ({
    status: 429,
    headers: {
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
    },
    body: { title: 'Too Many Requests', status: 429 },
  }));
  return { url: server.url, calls: () => server.requests.length, close: () => server.close() };
}
