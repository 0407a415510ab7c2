import { ADMIN_NOTICE_TEXTS } from '../../cards/locale/admin-notice-texts';
import assert from 'node:assert/strict';
import { CardRedaction } from '../../services/app/records/card-redaction';
import type { Schedule } from '../../services/ports/index';
import { cardText } from '../support/card-text';
import { ADMIN, STAFF, clickWorld } from './click-world';
import { runPurge } from './run-purge';

const QUESTION = 'Anna Lindqvist på Zorngatan undrar om fredag – stämmer det?';
const ANSWER = 'Ja, Zorngatan töms fredag 25/12.';
const DRAFT = 'Hej Anna! Hämtningen på Zorngatan flyttas till fredag under julveckan.';
const WORDS = /Anna|Lindqvist|Zorngatan/;

/** A comment asked about in Avfall's channel, answered, then purged by the records plan; its redaction job. */
async function purgedWithQuestion() {
  const w = await clickWorld();
  await w.click(STAFF, 'claim');
  await w.click(STAFF, 'ask_department', { department: 'Avfall', question: QUESTION });
  const questionId = (await w.stored()).questions?.[0]?.id ?? '';
  await w.click(ADMIN, 'answer_question', { questionId, questionAnswer: ANSWER }, w.department.channelId);
  await w.click(STAFF, 'reply', { draft: DRAFT });
  assert.equal((await w.stored()).state, 'answered');
  const shown = w.poster.sent.filter((s) => s.kind === 'thread' || s.kind === 'update');
  assert.ok(
    shown.some((s) => WORDS.test(cardText(s.card))),
    'the cards showed the words before',
  );
  w.clock.set('2027-02-01T09:00');
  assert.equal(await runPurge(w, { archives: 'by other means' }), 1);
  const told: string[] = [];
  const idle: Schedule = { run: async () => undefined, start: () => undefined, stop: async () => undefined };
  const redaction = new CardRedaction({
    queue: w.store.redactions,
    comments: w.store,
    updater: w.deps.updater,
    poster: w.poster,
    notice: { tell: async (_key, words) => (told.push(words(ADMIN_NOTICE_TEXTS)), true) },
    clock: w.clock,
    logger: w.logger,
    schedule: () => idle,
    intervalMs: 60_000,
  });
  return { w, redaction, told };
}

describe('use case: the records plan redacts every card that showed a purged comment’s words', () => {
  it('draws the comment’s card and its department question’s card again without the words', async () => {
    const { w, redaction } = await purgedWithQuestion();
    const before = w.poster.sent.length;
    assert.equal(await redaction.sweep(), 1);
    const updates = w.poster.sent.slice(before).filter((s) => s.kind === 'update');
    assert.equal(updates.length, 2, 'its own card and the question’s');
    const question = updates.find((u) => /Fråga till verksamheten/.test(cardText(u.card)));
    assert.match(cardText(question?.card), /Kommentaren, frågan och svaret är gallrade/);
    for (const update of updates) assert.doesNotMatch(cardText(update.card), WORDS);
    assert.deepEqual(await w.store.redactions.listDue('2099-01-01T00:00:00.000Z', 10), [], 'nothing owed');
    assert.equal(await redaction.sweep(), 0, 'done once');
  });

  it('tries again after Teams refused, and tells the admins once when ten tries have failed', async () => {
    const { w, redaction, told } = await purgedWithQuestion();
    for (let hour = 10; hour < 20; hour++) {
      w.poster.refusals.push(503);
      assert.equal(await redaction.sweep(), 0);
      w.clock.set(`2027-02-01T${hour}:00`);
    }
    assert.equal(told.length, 1);
    assert.match(told[0] ?? '', /visar fortfarande gallrade ord.*efter 10 försök/);
    assert.doesNotMatch(told[0] ?? '', WORDS);
    w.poster.refusals.push(503);
    w.clock.set('2027-02-02T20:00');
    assert.equal(await redaction.sweep(), 0, 'tried again a day later');
    assert.equal(told.length, 1, 'told once');
    w.clock.set('2027-02-03T21:00');
    assert.equal(await redaction.sweep(), 1, 'redacted once Teams takes it');
  });
});
