import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';
const POST = `${PAGE}_122199887766554499`;

describe('a comment storm closed from its card', () => {
  let t: TestApp;
  const ids: string[] = [];

  before(async () => {
    t = await startTestApp();
    await t.install();
    const writtenAt = Math.floor(Date.now() / 1000) - 60;
    for (let i = 1; i <= 20; i++) {
      const { body, commentId } = metaCommentDelivery({
        pageId: PAGE,
        postId: POST,
        author: `Boende ${i}`,
        text: `Heja Malmö! ${'🎉'.repeat(1 + (i % 3))}`,
        writtenAt,
      });
      ids.push(commentId);
      assert.equal((await t.postMeta(body)).status, 200);
    }
    await eventually(async () => {
      await t.app.outbox.sweep();
      assert.deepEqual(await t.queue.listPending(30), []);
    }, 15_000);
  });
  after(() => t.stop(true));

  it('closes all twenty with one reason in one click, each with its own history line', async () => {
    const storm = t.connector
      .newThreads()
      .find((c) => cardText(cardOf(c.body)).includes('Många kommentarer'));
    assert.ok(storm, 'the storm’s card');
    const card = cardOf(storm.body);
    assert.ok(cardButtons(card).includes('Stäng öppna utan svar'));
    const commentKey =
      /"verb":"close_storm","title":"Stäng alla öppna","data":\{"commentKey":"([^"]+)"\}/.exec(
        JSON.stringify(card),
      )?.[1];
    assert.ok(commentKey);
    assert.match(commentKey, /^facebook:\$[\w-]{43}$/, 'the button names the post by its keyed id only');
    const answer = await t.click(ALEX, String(storm.activityId ?? ''), 'close_storm', {
      commentKey,
      noReplyReason: 'thanks_only',
    });
    assert.match(cardText(answer), /20 kommentarer stängda utan svar: Bara tack eller en emoji/);
    for (const commentId of ids) {
      const key = { platform: 'facebook', commentId } as const;
      assert.equal((await t.store.get(key))?.value.closure?.reason, 'thanks_only');
      assert.deepEqual(
        (await t.store.listHistory(key)).map((h) => h.action),
        ['no_reply'],
      );
    }
  });
});
