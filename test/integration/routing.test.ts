import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, MEGAN, TEAM_ID, cardClick } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const MESSENGER_ID =
  'm_Mw8VOxPDPZrT5ZCw_AtuAHijN9gkxXE8xlB73kqdkITsB_MrjBgKcOd5zF7Xv7y4bJaKP0xShfb7hrk0icEtZe';

describe('routing accounts to channels (P1, P7)', () => {
  let t: TestApp;
  // The fixture's message was written Tuesday 10 Nov 2026 at 17:22 (Stockholm); an hour later it is answered.
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock('2026-11-10T18:22');
    t = await startTestApp({ clock, env: { ACCOUNTS_FILE: 'test/fixtures/accounts-all.json' } });
    await t.install();
  });
  afterEach(() => t.stop(true));

  it('never posts Messenger to the main channel: without a contact-centre channel it is stored and an admin is told once', async () => {
    assert.equal((await t.postMeta(fixtureBytes('messenger-message.json'))).status, 200);
    await eventually(() => assert.equal(t.connector.personalMessages().length, 1));
    const [notice] = t.connector.personalMessages();
    assert.equal(notice?.memberId, ALEX.aadObjectId);
    assert.match(notice?.text ?? '', /koppla messenger 104857362918475/);
    await t.app.outbox.sweep();
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
    assert.equal(t.connector.personalMessages().length, 1);
    const stored = await t.store.get({ platform: 'messenger', commentId: MESSENGER_ID });
    assert.match(stored?.value.text ?? '', /trasig gatlampa/);
  });

  it('ignores the Page’s own Messenger echoes and de-duplicates message ids', async () => {
    await t.postMeta(fixtureBytes('messenger-message-echo.json'));
    await t.postMeta(fixtureBytes('messenger-message.json'));
    await t.postMeta(fixtureBytes('messenger-message.json'));
    assert.deepEqual(
      (await t.queue.listPending(10)).map((k) => k.commentId),
      [MESSENGER_ID],
    );
  });

  it('posts Messenger into the channel the contact centre bound with "koppla", and lists the binding', async () => {
    assert.match(
      await t.say(ALEX, 'koppla messenger 104857362918475'),
      /Messenger-kontot Norrviks kommun \(Messenger\) hamnar nu i den här kanalen/,
    );
    await t.postMeta(fixtureBytes('messenger-message.json'));
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    assert.equal(thread?.conversationId, TEAM_ID);
    assert.match(cardText(cardOf(thread?.body ?? {})), /trasig gatlampa/);
    assert.match(
      await t.say(MEGAN, 'koppla lista'),
      /Messenger Norrviks kommun \(Messenger\) \(104857362918475\)/,
    );
  });

  it('answers a Messenger message with the Send API, as a response to the person', async () => {
    await t.say(ALEX, 'koppla messenger 104857362918475');
    await t.postMeta(fixtureBytes('messenger-message.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `messenger:${MESSENGER_ID}` };
    await t.click(ALEX, 'activity-1', 'claim', key);
    await t.click(ALEX, 'activity-1', 'reply', { ...key, draft: 'Hej! Tack, vi skickar ut en elektriker.' });
    const [request] = t.graph.requests;
    assert.equal(request?.path, '/v24.0/104857362918475/messages');
    assert.deepEqual(request?.body, {
      recipient: { id: '7023958164728391' },
      messaging_type: 'RESPONSE',
      message: { text: 'Hej! Tack, vi skickar ut en elektriker.\n/Alex' },
    });
  });

  it('acts on a Messenger card only from the contact centre’s channel, and shows nothing of it elsewhere', async () => {
    await t.say(ALEX, 'koppla messenger 104857362918475');
    await t.postMeta(fixtureBytes('messenger-message.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `messenger:${MESSENGER_ID}` };
    // A crafted invoke naming the Messenger item's key, sent from another channel of the team.
    const elsewhere = cardClick(t.connector.url, ALEX, 'activity-1', 'claim', key);
    const other = '19:huvudkanalen@thread.tacv2';
    const forged = {
      ...elsewhere,
      conversation: { ...elsewhere.conversation, id: `${other};messageid=activity-1` },
      channelData: { ...elsewhere.channelData, channel: { id: other, name: 'Huvudkanalen' } },
    };
    const response = await t.postActivity(forged);
    const card = ((await response.json()) as { value: unknown }).value;
    assert.match(cardText(card), /hanteras bara i kontaktcenters kanal/);
    assert.doesNotMatch(JSON.stringify(card), /gatlampa|Sofia/);
    const stored = await t.store.get({ platform: 'messenger', commentId: MESSENGER_ID });
    assert.equal(stored?.value.state, 'open', 'nothing changed');
    assert.match(cardText(await t.click(ALEX, 'activity-1', 'claim', key)), /Tagen av Alex Wilber/);
  });

  it('answers after 24 hours with the HUMAN_AGENT tag, and says so on the card after 7 days', async () => {
    await t.say(ALEX, 'koppla messenger 104857362918475');
    await t.postMeta(fixtureBytes('messenger-message.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const key = { commentKey: `messenger:${MESSENGER_ID}` };
    await t.click(ALEX, 'activity-1', 'claim', key);
    // Written Tuesday evening, answered Friday morning: past 24 hours, within the human agent's 7 days.
    clock.set('2026-11-13T09:00');
    await t.click(ALEX, 'activity-1', 'reply', { ...key, draft: 'Hej! Elektrikern kommer i dag.' });
    assert.deepEqual(t.graph.requests[0]?.body, {
      recipient: { id: '7023958164728391' },
      messaging_type: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
      message: { text: 'Hej! Elektrikern kommer i dag.\n/Alex' },
    });
    await t.click(ALEX, 'activity-1', 'reopen', key);
    await t.click(ALEX, 'activity-1', 'claim', key);
    clock.set('2026-11-18T09:00');
    const late = cardText(await t.click(ALEX, 'activity-1', 'reply', { ...key, draft: 'Hej igen!' }));
    assert.match(late, /Messenger tar inte emot svar efter det/);
    assert.match(late, /Hej igen!/, 'the draft is kept');
    assert.equal(t.graph.requests.length, 1, 'nothing sent after 7 days');
  });

  it('lets only admins bind accounts', async () => {
    assert.match(await t.say(MEGAN, 'koppla facebook 104857362918475'), /bara administratörer/);
  });

  it('answers anything else with help in Swedish', async () => {
    assert.match(await t.say(MEGAN, 'vad kan du?'), /behörighet lägg till @person/);
  });
});
