import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

type Delivery = { entry: { messaging: { timestamp: number; message: Record<string, unknown> }[] }[] };
const FIXTURE = JSON.parse(fixtureBytes('messenger-message.json').toString('utf8')) as Delivery;
const FIRST_MID = String(FIXTURE.entry[0]!.messaging[0]!.message.mid);

/** Another message from the same person, some minutes after the first. */
function message(mid: string, text: string, minutesLater: number): Buffer {
  const body = structuredClone(FIXTURE);
  const item = body.entry[0]!.messaging[0]!;
  item.message = { ...item.message, mid, text };
  item.timestamp += minutesLater * 60_000;
  return Buffer.from(JSON.stringify(body));
}

describe('Messenger conversations (the contact centre)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({
      clock: new TestClock('2026-11-10T18:22'),
      env: { ACCOUNTS_FILE: 'test/fixtures/accounts-all.json' },
    });
    await t.install();
    await t.say(ALEX, 'koppla messenger 104857362918475');
    await t.postMeta(fixtureBytes('messenger-message.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    // The card is in Teams a moment before its ids are recorded beside the comment.
    await eventually(async () =>
      assert.ok((await t.store.get({ platform: 'messenger', commentId: FIRST_MID }))?.value.card),
    );
    firstCard =
      (await t.store.get({ platform: 'messenger', commentId: FIRST_MID }))?.value.card?.activityId ?? '';
  });
  afterEach(() => t.stop(true));

  let firstCard = '';
  const inThread = () =>
    t.connector.threadReplies(firstCard).filter((reply) => Array.isArray(reply.activity.attachments));
  const answer = async (mid: string, activityId: string) => {
    const key = { commentKey: `messenger:${mid}` };
    await t.click(ALEX, activityId, 'claim', key);
    await t.click(ALEX, activityId, 'reply', { ...key, replyText: 'Hej! Vi skickar ut en elektriker.' });
  };

  it('puts the same person’s next message into the thread of their open conversation', async () => {
    await t.postMeta(message('m_second', 'Den står vid busshållplatsen, om det hjälper.', 5));
    await eventually(() => assert.equal(inThread().length, 1));
    assert.equal(t.connector.newThreads().length, 1);
    assert.match(cardText(cardOf(inThread()[0]!.activity)), /Den står vid busshållplatsen/);
    const second = (await t.store.get({ platform: 'messenger', commentId: 'm_second' }))?.value;
    assert.equal(second?.conversation?.rootId, FIRST_MID);
  });

  it('starts a new thread once the person’s conversation is answered and nothing in it waits', async () => {
    await answer(FIRST_MID, firstCard);
    await t.postMeta(message('m_later', 'En annan sak: när töms återvinningen?', 120));
    await eventually(() => assert.equal(t.connector.newThreads().length, 2));
    assert.equal(inThread().length, 0);
  });
});
