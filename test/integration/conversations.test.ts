import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { feedFixture } from '../support/feed-delivery';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { DateTime } from 'luxon';
import { utcIso } from '../../services/domain/utc-iso';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { placeInConversation } from '../../services/app/conversations/join-conversation';
import { DEFAULT_DEADLINE_POLICY } from '../../services/domain/deadline';
import { newStoredComment } from '../../services/domain/new-comment';
import { azurite } from '../support/global-azurite';
import { facebookComment } from '../support/incoming-comment';

const FIRST = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const REPLY = { platform: 'facebook', commentId: '122187654321098765_1190283746519283' } as const;
const keyOf = (key: { commentId: string }) => ({ commentKey: `facebook:${key.commentId}` });

/** The resident's reply as Meta delivers it, with another id, parent or time where given. */
const residentReply = (change: Record<string, unknown> = {}) =>
  feedFixture('facebook-feed-comment-reply-add.json', change);

describe('conversations', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  });
  afterEach(() => t.stop(true));

  /** The first card as everyone sees it now. */
  const firstCard = () =>
    cardText(cardOf((t.connector.updatesOf('activity-1').at(-1) ?? t.connector.newThreads()[0])?.body ?? {}));
  /** The cards posted into the first card's thread. */
  const inThread = () =>
    t.connector.threadReplies('activity-1').filter((reply) => Array.isArray(reply.activity.attachments));

  it('posts a reply to a tracked comment as a card of its own in the thread of the first card', async () => {
    assert.equal((await t.postMeta(fixtureBytes('facebook-feed-comment-reply-add.json'))).status, 200);
    await eventually(() => assert.equal(inThread().length, 1));
    assert.equal(t.connector.newThreads().length, 1, 'no new thread in the channel');
    const replyCard = cardText(cardOf(inThread()[0]!.activity));
    assert.match(replyCard, /Per Öberg/);
    assert.match(replyCard, /Samma fråga här/);
    assert.match(replyCard, /Svarar på:\nHej! Vilken dag töms soptunnorna i Västra Hagen/);
    assert.match(replyCard, /\(Ta\)/);
    await eventually(() => assert.match(firstCard(), /1 svar i tråden, 1 obesvarad/));
    const stored = (await t.store.get(REPLY))?.value;
    assert.equal(stored?.conversation?.rootId, FIRST.commentId);
    assert.equal(stored?.state, 'open');
  });

  it('counts the thread as answered once the reply is answered', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-reply-add.json'));
    await eventually(() => assert.equal(inThread().length, 1));
    const replyActivity = (await t.store.get(REPLY))?.value.card?.activityId ?? '';
    await t.click(ALEX, replyActivity, 'claim', keyOf(REPLY));
    await t.click(ALEX, replyActivity, 'reply', {
      ...keyOf(REPLY),
      replyText: 'Hej Per! Samma sak gäller dig.',
    });
    await eventually(() => assert.match(firstCard(), /1 svar i tråden, alla besvarade/));
  });

  it('makes a follow-up after the city’s answer a new item in the thread, due from when it was written', async () => {
    await t.click(ALEX, 'activity-1', 'claim', keyOf(FIRST));
    await t.click(ALEX, 'activity-1', 'reply', { ...keyOf(FIRST), replyText: 'Hej Anna! Fredag 25/12.' });
    const answered = (await t.store.get(FIRST))?.value;
    assert.equal(answered?.state, 'answered');
    // Written a minute after the city's answer.
    const writtenAt = Math.floor(Date.parse(answered?.firstResponseAt ?? '') / 1000) + 60;
    await t.postMeta(residentReply({ created_time: writtenAt }));
    await eventually(() => assert.equal(inThread().length, 1));
    const followUp = (await t.store.get(REPLY))?.value;
    assert.equal(followUp?.state, 'open');
    assert.equal(followUp?.writtenAt, new Date(writtenAt * 1000).toISOString());
    assert.notEqual(followUp?.deadline, answered?.deadline);
    const replyCard = cardText(cardOf(inThread()[0]!.activity));
    assert.match(replyCard, /Stadens senaste svar i samtalet/);
    assert.match(replyCard, /Hej Anna! Fredag 25\/12\./);
    await eventually(() => assert.match(firstCard(), /Samtalet är öppet igen/));
    assert.match(firstCard(), /Besvarad av Alex/);
  });

  it('joins a reply to the city’s own answer to the conversation of the comment it answered', async () => {
    await t.click(ALEX, 'activity-1', 'claim', keyOf(FIRST));
    await t.click(ALEX, 'activity-1', 'reply', { ...keyOf(FIRST), replyText: 'Hej Anna! Fredag 25/12.' });
    const answerId = (await t.store.get(FIRST))?.value.sent[0]?.platformReplyId ?? '';
    assert.ok(answerId);
    await t.postMeta(residentReply({ parent_id: answerId }));
    await eventually(() => assert.equal(inThread().length, 1));
    assert.equal((await t.store.get(REPLY))?.value.conversation?.rootId, FIRST.commentId);
  });

  it('starts a conversation of its own for a reply whose parent Svarsvakten never saw', async () => {
    await t.postMeta(residentReply({ parent_id: '122187654321098765_1000000000000001' }));
    await eventually(() => assert.equal(t.connector.newThreads().length, 2));
    assert.equal(inThread().length, 0);
    assert.equal((await t.store.get(REPLY))?.value.conversation, undefined);
  });

  const replyId = (n: number) => `122187654321098765_119028374651928${n}`;
  const reply = (n: number) => residentReply({ comment_id: replyId(n), created_time: 1794297800 + n });

  it('counts the replies a first item listed before the tally once, with the next reply', async () => {
    await t.postMeta(reply(1));
    await t.postMeta(reply(2));
    await eventually(() => assert.match(firstCard(), /2 svar i tråden, 2 obesvarade/));
    // As stored before the tally: the replies listed on the first item, and no rows of figures.
    const comments = createTableClients(azurite().connectionString, t.tablePrefix).comments;
    for await (const row of comments.listEntities({
      queryOptions: { filter: "PartitionKey eq 'facebook' and RowKey gt 't|' and RowKey lt 't|~'" },
    }))
      await comments.deleteEntity(row.partitionKey ?? '', row.rowKey ?? '');
    await t.store.mutate(FIRST, (root) => ({
      comment: { ...root, thread: { replyIds: [replyId(1), replyId(2)], replies: 2, unanswered: 2 } },
    }));
    await t.postMeta(reply(3));
    await eventually(() => assert.match(firstCard(), /3 svar i tråden, 3 obesvarade/));
    assert.equal((await t.store.get(FIRST))?.value.thread?.replyIds, undefined);
  });

  it('counts a reply whose delivery ended before it was counted when the outbox posts its card', async () => {
    // Stored by a delivery that was acknowledged, and the process ended before anything else happened.
    const incoming = facebookComment('1190283746519284', {
      accountId: '104857362918475',
      postId: '104857362918475_122187654321098765',
      parentId: FIRST.commentId,
      writtenAt: utcIso(DateTime.now()),
    });
    const now = DateTime.now();
    const stored = await placeInConversation(
      { store: t.store },
      newStoredComment(incoming, now, DEFAULT_DEADLINE_POLICY),
    );
    assert.ok(await t.store.insertNew(stored));
    await t.app.outbox.sweep();
    await eventually(() => assert.match(firstCard(), /1 svar i tråden, 1 obesvarad/));
  });
});

describe('a conversation whose first card is not posted yet', () => {
  it('keeps the reply waiting, then puts it in the first card’s thread', async () => {
    const clock = new TestClock(utcIso(DateTime.now().setZone('Europe/Stockholm')));
    const t = await startTestApp({ clock });
    try {
      await t.install();
      t.connector.script.push({ status: 401 });
      await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
      await eventually(() => assert.ok(t.logs.some((line) => line.includes('card.post.failed'))));
      await t.postMeta(fixtureBytes('facebook-feed-comment-reply-add.json'));
      await t.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length, 0, 'the reply does not start a thread of its own');
      clock.set(utcIso(clock.now().plus({ minutes: 1 })));
      await t.app.outbox.sweep();
      await t.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length, 1);
      const first = (await t.store.get(FIRST))?.value.card?.activityId ?? '';
      const replies = t.connector.threadReplies(first).filter((r) => Array.isArray(r.activity.attachments));
      assert.equal(replies.length, 1);
      assert.match(cardText(cardOf(replies[0]!.activity)), /Per Öberg/);
    } finally {
      await t.stop(true);
    }
  });
});
