import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';
const POST = `${PAGE}_122199887766554433`;

describe('comment storms (many comments on one post)', () => {
  let t: TestApp;
  const commentIds: string[] = [];

  before(async () => {
    t = await startTestApp();
    await t.install();
    const writtenAt = Math.floor(Date.now() / 1000) - 60;
    for (let i = 1; i <= 13; i++) {
      const { body, commentId } = metaCommentDelivery({
        pageId: PAGE,
        postId: POST,
        author: `Boende ${i}`,
        text: `Varför stänger badet? (${i})`,
        writtenAt,
      });
      commentIds.push(commentId);
      assert.equal((await t.postMeta(body)).status, 200);
    }
    await eventually(async () => {
      await t.app.outbox.sweep();
      assert.deepEqual(await t.queue.listPending(20), []);
    }, 15_000);
  });
  after(() => t.stop(true));

  const cardsIn = (rootId: string) =>
    t.connector.calls.filter(
      (c) => c.method === 'POST' && c.conversationId.endsWith(`;messageid=${rootId}`) && c.status < 300,
    );

  it('gives the first ten their own threads, then one card for the post with each further comment in its thread', async () => {
    const threads = t.connector.newThreads();
    assert.equal(threads.length, 11, 'ten comments and the storm card');
    const storm = threads.find((c) => cardText(cardOf(c.body)).includes('Många kommentarer på ett inlägg'));
    assert.ok(storm, 'a card for the post');
    const rootId = (await t.store.get({ platform: 'facebook', commentId: commentIds[12] ?? '' }))?.value.card
      ?.threadId;
    assert.ok(rootId);
    const folded = cardsIn(rootId);
    assert.equal(folded.length, 3);
    const texts = folded.map((call) => cardText(cardOf(call.body)));
    assert.deepEqual(
      texts.map((text) => /(Boende \d+) skrev/.exec(text)?.[1]).sort(),
      ['Boende 11', 'Boende 12', 'Boende 13'],
      'the three after the tenth, in whatever order their cards went out',
    );
    for (const text of texts) assert.match(text, /\(Ta\)/);
    await eventually(() => {
      const updates = t.connector.updatesOf(rootId);
      assert.match(cardText(cardOf(updates.at(-1)?.body ?? {})), /13 kommentarer/);
    });
  });

  it('keeps each folded comment its own: its deadline, and Ta updates its own card in the thread', async () => {
    const key = { platform: 'facebook' as const, commentId: commentIds[11] ?? '' };
    const stored = (await t.store.get(key))?.value;
    assert.ok(stored?.card?.threadId);
    assert.notEqual(stored.card.activityId, stored.card.threadId);
    assert.ok(stored.deadline > stored.writtenAt);
    const card = await t.click(ALEX, stored.card.activityId, 'claim', {
      commentKey: `facebook:${key.commentId}`,
    });
    assert.match(cardText(card), /Tagen av Alex Wilber/);
    await eventually(() => {
      const update = t.connector.updatesOf(stored.card?.activityId ?? '').at(-1);
      assert.ok(update, 'the card in the thread was updated');
      assert.equal(update.conversationId, `${stored.card?.channelId};messageid=${stored.card?.threadId}`);
      assert.match(cardText(cardOf(update.body)), /Tagen av Alex Wilber/);
    });
  });

  it('puts a reply to a folded comment into the storm’s thread too', async () => {
    const folded = (await t.store.get({ platform: 'facebook', commentId: commentIds[12] ?? '' }))?.value;
    const rootId = folded?.card?.threadId ?? '';
    const before = { threads: t.connector.newThreads().length, inStorm: cardsIn(rootId).length };
    const { body } = metaCommentDelivery({
      pageId: PAGE,
      postId: POST,
      parentId: commentIds[12] ?? '',
      author: 'Svarande granne',
      text: 'Jag undrar också!',
      writtenAt: Math.floor(Date.now() / 1000) - 30,
    });
    assert.equal((await t.postMeta(body)).status, 200);
    await eventually(() => assert.equal(cardsIn(rootId).length, before.inStorm + 1));
    assert.equal(t.connector.newThreads().length, before.threads);
    assert.match(cardText(cardOf(cardsIn(rootId).at(-1)?.body ?? {})), /Svarande granne[\s\S]*Svarar på:/);
  });
});
