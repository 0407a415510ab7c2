import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

// The fixture comment was written Tuesday 10 Nov 2026 08:42 (Stockholm): due Wednesday 08:42.
const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const CARD = 'activity-1';
const ENV = { TEAM_LEADS: 'aad-lead:Lena Lindgren', CLAIM_IDLE_HOURS: '0', PROMISE_ESCALATION_DAYS: '0' };

describe('a channel kept in English (språk en)', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock('2026-11-10T09:00');
    t = await startTestApp({ clock, env: ENV });
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  });
  afterEach(() => t.stop(true));

  it('writes to a channel an admin set to English in English: reminder, escalation, daily overview', async () => {
    assert.match(await t.say(ALEX, 'språk'), /skriver på svenska i den här kanalen/);
    assert.match(await t.say(MEGAN, 'språk en'), /bara administratörer/);
    assert.match(await t.say(ALEX, 'språk en'), /skriver nu på engelska i den här kanalen/);
    assert.match(await t.say(ALEX, 'språk', [], '', 'en-US'), /writes in English in this channel/);
    assert.match(
      await t.say(ALEX, 'bevakning lägg till', [MEGAN]),
      /Megan Bowen nämns nu/,
      'commands: the writer',
    );
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [reply] = t.connector.threadReplies(CARD);
    assert.match(
      reply?.text ?? '',
      /<at>Megan Bowen<\/at> ⏰ Nobody has taken the Facebook comment yet\. 15 h 42 min left – answer by Wed 11 Nov 08:42\./,
    );
    const which = cardOf(reply?.activity ?? {});
    assert.match(cardText(which), /Facebook, written Tue 10 Nov \d\d:\d\d/);
    assert.match(JSON.stringify(which), /"title":"Open the card"/);
    clock.set('2026-11-11T08:30');
    await t.app.reminders.sweep();
    const overview = cardText(cardOf(t.connector.newThreads().at(-1)?.body ?? {}));
    assert.match(overview, /Today in Svarsvakten/);
    assert.match(overview, /To answer today: 1/);
    assert.match(overview, /Facebook, written Tue 10 Nov \d\d:\d\d – answer by Wed 11 Nov 08:42/);
    await t.click(ALEX, CARD, 'claim', KEY);
    clock.set('2026-11-11T08:43');
    await t.app.reminders.sweep();
    assert.match(
      t.connector.threadReplies(CARD).at(-1)?.text ?? '',
      /🔴 Overdue: the Facebook comment should have been answered by Wed 11 Nov 08:42/,
    );
    assert.match(await t.say(ALEX, 'behörighet historik'), /ändrade språket i kanalen till engelska/);
  });

  it('reminds a holder Teams will not reach in 1:1 in the thread in the channel’s language, install hint too', async () => {
    assert.match(await t.say(ALEX, 'språk en'), /skriver nu på engelska/);
    await t.click(ALEX, CARD, 'claim', KEY);
    t.connector.createScript.push({
      status: 403,
      body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the roster.' } },
    });
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [reply] = t.connector.threadReplies(CARD);
    assert.match(reply?.text ?? '', /^<at>Alex Wilber<\/at> ⏰ The Facebook comment waits for your answer/);
    assert.match(reply?.text ?? '', /Add Svarsvakten as a personal app in Teams/);
    assert.match(JSON.stringify(cardOf(reply?.activity ?? {})), /"title":"Open the card"/);
  });

  it('draws the comment card in the channel’s language for everyone, and for the one who clicks in theirs', async () => {
    assert.match(await t.say(ALEX, 'språk en'), /skriver nu på engelska/);
    const mine = await t.click(ALEX, CARD, 'claim', KEY, 'sv-SE');
    assert.match(cardText(mine), /Tagen av Alex Wilber/, 'the one who clicked reads Teams in Swedish');
    await eventually(() =>
      assert.match(cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})), /Taken by Alex Wilber/),
    );
  });
});
