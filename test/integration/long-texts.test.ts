import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { cardBytes, MAX_CARD_BYTES } from '../../cards/card-size';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { testKeyedIds } from '../support/keyed-ids';
import { beginSend, claim, completeSend, reopen } from '../../services/domain/comment-transitions';
import { newStoredComment } from '../../services/domain/new-comment';
import { PLATFORMS } from '../../services/domain/platform';
import { REPLY_LIMITS } from '../../services/domain/text-limits';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { utcIso } from '../../services/domain/utc-iso';

/** The longest text a resident can send on each platform (X: a long post by a subscriber). */
const COMMENT_LIMITS = {
  facebook: 8000,
  messenger: 2000,
  instagram: 2200,
  linkedin: 1250,
  x: 25_000,
  youtube: 10_000,
};
const WRITER = { id: 'aad-alex', name: 'Alex Wilber', firstName: 'Alex' };

/** Text with letters, spaces, emoji (two UTF-16 units) and Swedish letters, `length` code points long. */
function longText(length: number): string {
  const pattern = [...'Hej! Vad gäller för återvinningen på Möllan 🚲 i december? '];
  return Array.from({ length }, (_, i) => pattern[i % pattern.length]).join('');
}

describe('every text is stored within Azure Table limits', () => {
  let store: TableCommentStore;
  before(async () => {
    const tables = createTableClients(azurite().connectionString, `t${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    store = new TableCommentStore(tables.comments, testKeyedIds);
  });

  for (const platform of PLATFORMS) {
    it(`${platform}: a comment at the maximum, answered at length again and again, saves every time`, async () => {
      let now = DateTime.fromISO('2026-11-10T09:00:00Z');
      const incoming = {
        platform,
        commentId: `long-${randomBytes(4).toString('hex')}`,
        accountId: 'account',
        postId: 'post',
        authorId: 'author',
        authorName: 'Anna Lindqvist',
        text: longText(COMMENT_LIMITS[platform]),
        writtenAt: utcIso(now),
      };
      const inserted = await store.insertNew(newStoredComment(incoming, now));
      assert.ok(inserted);
      let current = inserted;
      const answer = longText(REPLY_LIMITS[platform] - 10);
      for (let round = 0; round < 8; round += 1) {
        for (const step of [
          (c: typeof current.value) => claim(c, WRITER, now),
          (c: typeof current.value) => beginSend(c, WRITER, 'reply', answer, answer, now),
          (c: typeof current.value) => completeSend(c, `reply-${round}`, now),
          (c: typeof current.value) => reopen(c, WRITER, now),
        ]) {
          now = now.plus({ minutes: 1 });
          const next = step(current.value);
          current = await store.replace(next.comment, current.etag, next.event);
        }
      }
      const read = await store.get(current.value);
      assert.equal(read?.value.text, incoming.text, 'the comment reads back whole');
      assert.equal(read?.value.sent.at(-1)?.text, answer);
      const history = await store.listHistory(current.value);
      assert.equal(
        history.filter((e) => e.action === 'replied').length,
        8,
        'every answer in the history, exact',
      );
      assert.ok(history.filter((e) => e.action === 'replied').every((e) => e.detail === answer));
    });
  }
});

describe('a long comment answered at length twice, end to end', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await t.install();
  });
  after(() => t.stop(true));

  it('saves and publishes both answers, and every card stays within 80 KB', async () => {
    const { body, commentId } = metaCommentDelivery({
      pageId: '104857362918475',
      author: 'Karin Berg',
      text: longText(7900),
      writtenAt: Math.floor(Date.now() / 1000) - 60,
    });
    assert.equal((await t.postMeta(body)).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `facebook:${commentId}` };
    const answer = longText(7980);
    for (const round of [1, 2]) {
      await t.click(ALEX, 'activity-1', 'claim', key);
      const card = await t.click(ALEX, 'activity-1', 'reply', { ...key, replyText: answer });
      assert.match(cardText(card), /Besvarad av Alex/, `answer ${round} published`);
      assert.ok(cardBytes(card) <= MAX_CARD_BYTES, `the card answered with is ${cardBytes(card)} bytes`);
      if (round === 1) await t.click(ALEX, 'activity-1', 'reopen', key);
    }
    assert.equal(t.graph.replies.get(commentId)?.length, 2, 'two answers on Facebook');
    for (const call of t.connector.calls) {
      assert.ok(call.status < 300, `Teams took every message (${call.status})`);
      if (call.body.attachments) assert.ok(cardBytes(cardOf(call.body)) <= MAX_CARD_BYTES);
    }
  });

  it('posts a smaller card when Teams refuses one as too big (413), instead of the same one again', async () => {
    t.connector.script.push({ status: 413, body: { error: { code: 'MessageSizeTooBig' } } });
    const { body } = metaCommentDelivery({
      pageId: '104857362918475',
      author: 'Per Holm',
      text: longText(7900),
      writtenAt: Math.floor(Date.now() / 1000) - 60,
    });
    const before = t.connector.newThreads().length;
    await t.postMeta(body);
    await eventually(() => assert.equal(t.connector.newThreads().length, before + 1));
    const posts = t.connector.calls.filter((c) => c.method === 'POST' && !c.conversationId.includes(';'));
    const [refused, posted] = posts.slice(-2);
    assert.equal(refused?.status, 413);
    assert.ok(posted && refused && cardBytes(cardOf(posted.body)) < cardBytes(cardOf(refused.body)) / 2);
    assert.match(
      cardText(cardOf(posted?.body ?? {})),
      /Kommentaren är för lång för kortet: läs resten på Facebook/,
    );
  });
});
