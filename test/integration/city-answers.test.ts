import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { feedFixture, feedValue } from '../support/feed-delivery';
import type { TestApp } from '../support/test-app';
import { startWithCommentCard } from '../support/with-comment-card';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
/** The Page's own comment under the resident's, as Meta delivers it, with another id and text where given. */
const pageReply = (change: { comment_id?: string; message?: string } = {}) =>
  feedFixture('facebook-feed-page-own-reply.json', change);

describe('answers given on the platform itself', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startWithCommentCard();
  });
  afterEach(() => t.stop(true));

  const latestCard = () => {
    const updates = t.connector.updatesOf('activity-1');
    return cardOf((updates.at(-1) ?? t.connector.newThreads()[0])?.body ?? {});
  };
  const history = async () => (await t.store.listHistory(COMMENT)).map((line) => line.action);

  it('turns the card "Besvarad på Facebook" with the answer and its time, and tells the holder in 1:1', async () => {
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    assert.equal((await t.postMeta(pageReply())).status, 200);
    await eventually(() => assert.match(cardText(latestCard()), /Besvarad på Facebook/));
    const text = cardText(latestCard());
    assert.match(text, /Svar direkt på Facebook/);
    assert.match(text, /Under jul- och nyårsveckorna flyttas hämtningen/);
    assert.doesNotMatch(text, /saknar namn/, 'signed "Vänliga hälsningar, Maria"');
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.state, 'answered');
    // Written 1794302102 (Unix seconds): that is the first response, not when the webhook came.
    assert.equal(stored?.firstResponseAt, new Date(1794302102 * 1000).toISOString());
    await eventually(() =>
      assert.ok(t.connector.personalMessages().some((m) => /besvarades direkt på Facebook/.test(m.text))),
    );
    assert.deepEqual(await history(), ['claimed', 'answered_on_platform']);
  });

  it('stops the reminders of a comment answered on the platform', async () => {
    await t.postMeta(pageReply());
    await eventually(async () => assert.equal((await t.store.get(COMMENT))?.value.state, 'answered'));
    const before = t.connector.calls.length;
    await t.app.reminders.sweep();
    assert.equal(
      t.connector.calls.slice(before).filter((c) => c.method === 'POST').length,
      0,
      'no reminder, no escalation',
    );
  });

  it('flags an answer on the platform that does not end with a name (P9)', async () => {
    await t.postMeta(pageReply({ message: 'Hämtningen flyttas en dag under julveckan.' }));
    await eventually(() => assert.match(cardText(latestCard()), /Svaret saknar namn – P9/));
  });

  it('makes no card of the Page writing on its own post', async () => {
    const own = feedValue('facebook-feed-page-own-reply.json');
    const onPost = feedFixture('facebook-feed-page-own-reply.json', {
      comment_id: '122187654321098765_2',
      parent_id: own.post_id,
    });
    assert.equal((await t.postMeta(onPost)).status, 200);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1);
    assert.deepEqual(await history(), []);
  });

  it('changes nothing when Svarsvakten’s own reply comes back with the id Facebook gave it', async () => {
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    await t.click(ALEX, 'activity-1', 'reply', { ...KEY, replyText: 'Hej Anna! Fredag 25/12 gäller.' });
    const sent = (await t.store.get(COMMENT))?.value.sent ?? [];
    assert.equal(sent.length, 1);
    await t.postMeta(pageReply({ comment_id: sent[0]!.platformReplyId, message: sent[0]!.text }));
    await t.app.outbox.sweep();
    assert.equal((await t.store.get(COMMENT))?.value.sent.length, 1);
    assert.deepEqual(await history(), ['claimed', 'replied']);
    assert.doesNotMatch(cardText(latestCard()), /Svar direkt på Facebook/);
  });

  it('recognises its own reply arriving before the publish call returned, by its text', async () => {
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    t.graph.script.push({ status: 200, body: { id: '122187654321098765_777' }, applies: true, delayMs: 700 });
    const replying = t.click(ALEX, 'activity-1', 'reply', {
      ...KEY,
      replyText: 'Hej Anna! Fredag 25/12 gäller.',
    });
    let signed = '';
    await eventually(async () => {
      signed = (await t.store.get(COMMENT))?.value.sending?.signedText ?? '';
      assert.ok(signed);
    });
    await t.postMeta(pageReply({ comment_id: '122187654321098765_777', message: signed }));
    assert.match(cardText(await replying), /Besvarad av Alex/);
    const stored = (await t.store.get(COMMENT))?.value;
    assert.equal(stored?.sent.length, 1);
    assert.equal(stored?.sent[0]?.onPlatform, undefined);
    assert.deepEqual(await history(), ['claimed', 'replied']);
  });
});
