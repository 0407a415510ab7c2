import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import type { TeamsMember } from '../fakes/bot-connector';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;

describe('contention and a flaky Teams', function () {
  this.timeout(120_000);
  let t: TestApp;
  afterEach(() => t?.stop(true));

  it('lets exactly one of 20 simultaneous claims win; the 19 others are told who has it', async () => {
    const people: TeamsMember[] = Array.from({ length: 20 }, (_, i) => ({
      id: `29:person-${i}`,
      name: `Person ${i}`,
      givenName: `Person`,
      surname: String(i),
      aadObjectId: `aad-person-${i}`,
    }));
    t = await startTestApp({ env: { STAFF_IDS: people.map((p) => p.aadObjectId).join(',') } });
    for (const person of people) t.connector.members.set(person.id, person);
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const cards = await Promise.all(
      people.map((person) =>
        t.click(person, 'activity-1', 'claim', { commentKey: `facebook:${COMMENT.commentId}` }),
      ),
    );
    const holder = (await t.store.get(COMMENT))?.value.holder?.name;
    assert.ok(holder);
    const refused = cards.filter((card) =>
      cardText(card).includes(`${holder} har redan tagit den här kommentaren`),
    );
    assert.equal(refused.length, 19);
    const history = await t.store.listHistory(COMMENT);
    assert.deepEqual(
      history.map((h) => h.action),
      ['claimed'],
    );
  });

  it('posts every card exactly once while the Bot Connector answers 429 with Retry-After and 500 now and then', async () => {
    t = await startTestApp({ env: { OUTBOX_INTERVAL_MS: '300' } });
    await t.install();
    for (let i = 0; i < 40; i += 1) {
      t.connector.script.push(
        i % 3 === 0
          ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'Throttled' } } }
          : i % 5 === 0
            ? { status: 500, body: { error: { code: 'ServiceError' } } }
            : { status: 201 },
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const authors = Array.from({ length: 25 }, (_, i) => `Boende ${i}`);
    for (const author of authors) {
      const { body } = metaCommentDelivery({
        pageId: '104857362918475',
        author,
        text: `Fråga från ${author}`,
        writtenAt: now,
      });
      assert.equal((await t.postMeta(body)).status, 200);
    }
    t.app.outbox.start();
    await eventually(async () => assert.deepEqual(await t.queue.listPending(100), []), 90_000);
    const posted = t.connector
      .newThreads()
      .map((thread) => /Boende \d+/.exec(JSON.stringify(thread.body))?.[0]);
    assert.deepEqual([...posted].sort(), [...authors].sort());
  });
});
