import assert from 'node:assert/strict';
import { TableReminderStore } from '../../services/adapters/tables/table-reminder-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { ALEX, MEGAN, personalInstallation } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

// The fixture comment was written Tuesday 10 Nov 2026 08:42 (Stockholm): due Wednesday 08:42. The reminders 4 h and
// 1 h before fall in the night, so both move to the last office-hour moment: Tuesday 17:00 (one reminder).
const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const CARD = 'activity-1';
const LEAD = { id: 'aad-lead', name: 'Lena Lindgren' };
// Idle claims and late promises have their own tests (claims-and-promises): off here, so only deadline reminders
// and follow-ups speak.
const ENV = { TEAM_LEADS: `${LEAD.id}:${LEAD.name}`, CLAIM_IDLE_HOURS: '0', PROMISE_ESCALATION_DAYS: '0' };

describe('reminders before the deadline (P3)', () => {
  const apps: TestApp[] = [];
  let clock: TestClock;
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop(true).catch(() => undefined);
  });

  async function start(options: Parameters<typeof startTestApp>[0] = {}): Promise<TestApp> {
    const app = await startTestApp({ clock, env: ENV, ...options });
    apps.push(app);
    return app;
  }

  async function withComment(): Promise<TestApp> {
    clock = new TestClock('2026-11-10T09:00');
    const t = await start();
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    return t;
  }

  it('reminds the on-duty people in the thread when nobody has taken the comment, in office hours', async () => {
    const t = await withComment();
    assert.match(await t.say(ALEX, 'bevakning lägg till', [MEGAN]), /Megan Bowen nämns nu/);
    clock.set('2026-11-10T16:59');
    await t.app.reminders.sweep();
    assert.deepEqual(t.connector.threadReplies(CARD), []);
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [reply] = t.connector.threadReplies(CARD);
    assert.match(reply?.text ?? '', /<at>Megan Bowen<\/at> ⏰ Ingen har tagit Facebook-kommentaren ännu/);
    const which = cardText(cardOf(reply?.activity ?? {}));
    assert.match(which, /Facebook, skriven tis 10 nov kl\. \d\d:\d\d/);
    assert.doesNotMatch(which, /soptunnorna/, 'the resident’s words stay on the card, not in the thread');
    assert.match(reply?.text ?? '', /15 tim 42 min kvar – svara senast ons 11 nov kl\. 08:42/);
    assert.deepEqual(reply?.mentioned, [MEGAN.id]);
    await t.app.reminders.sweep();
    assert.equal(t.connector.threadReplies(CARD).length, 1);
  });

  it('turns the card "Försenad" at the deadline and escalates to the holder and the team leads', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    clock.set('2026-11-11T06:00');
    await t.app.reminders.sweep();
    assert.match(cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})), /⏰ Snart försenad/);
    clock.set('2026-11-11T08:43');
    await t.app.reminders.sweep();
    assert.match(cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})), /⏰ Försenad/);
    const escalation = t.connector.threadReplies(CARD).at(-1);
    assert.match(escalation?.text ?? '', /🔴 Försenad: Facebook-kommentaren/);
    assert.deepEqual(escalation?.mentioned, [ALEX.id, LEAD.id]);
  });

  it('pings the holder in 1:1 chat, as a notification, reusing the chat it opened once', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [ping] = t.connector.personalMessages();
    assert.equal(ping?.memberId, ALEX.id);
    assert.equal(ping?.alert, true);
    assert.match(ping?.text ?? '', /väntar på ditt svar: 15 tim 42 min kvar/);
    const excerpt = cardOf(ping?.activity ?? {});
    assert.match(cardText(excerpt), /Facebook, skriven tis 10 nov kl\. \d\d:\d\d/);
    assert.doesNotMatch(cardText(excerpt), /soptunnorna/, 'no resident’s words in a 1:1 chat');
    assert.match(JSON.stringify(excerpt), /"url":"https:\/\/teams\.microsoft\.com\/l\/message\//);
    assert.match(cardText(excerpt), /\(Öppna kortet\)/);
    assert.equal(t.connector.threadReplies(CARD).length, 0);
    clock.set('2026-11-11T08:43');
    await t.app.reminders.sweep();
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    clock.set('2026-11-12T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.personalMessages().length, 2);
    assert.equal(t.connector.conversations.length, 1);
  });

  it('pings a holder who clicks in English in English, and in Swedish again once they click in Swedish', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY, 'en-US');
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [ping] = t.connector.personalMessages();
    assert.equal(ping?.memberId, ALEX.id);
    assert.match(
      ping?.text ?? '',
      /^⏰ The Facebook comment waits for your answer: 15 h 42 min left, answer by /,
    );
    // Back to Swedish in Teams: the next 1:1 is Swedish again.
    await t.click(ALEX, CARD, 'acknowledge', KEY, 'sv-SE');
    clock.set('2026-11-12T09:00');
    await t.app.reminders.sweep();
    assert.match(t.connector.personalMessages()[1]?.text ?? '', /^Påminnelse: du har lovat ett svar/);
  });

  it('falls back to an @mention in the thread, with how to install the app, when Teams refuses the 1:1 chat', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    t.connector.createScript.push({
      status: 403,
      body: {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      },
    });
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [reply] = t.connector.threadReplies(CARD);
    assert.match(reply?.text ?? '', /^<at>Alex Wilber<\/at> ⏰/);
    assert.match(reply?.text ?? '', /Lägg till Svarsvakten som personlig app/);
    assert.deepEqual(reply?.mentioned, [ALEX.id]);
  });

  it('after a refused 1:1 chat, reminds in the thread without asking Teams again, until the person adds the app', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    const refusal = {
      status: 403,
      body: {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      },
    };
    t.connector.createScript.push(refusal, refusal);
    clock.set('2026-11-11T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.createScript.length, 1, 'Teams was asked once');
    clock.set('2026-11-12T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.createScript.length, 1, 'and not asked again the next morning');
    assert.equal(t.connector.threadReplies(CARD).filter((r) => r.mentioned.includes(ALEX.id)).length, 2);

    // Alex adds the app: Teams tells the bot, which keeps the chat, and the next follow-up goes there.
    t.connector.createScript.length = 0;
    const installed = await t.postActivity(personalInstallation(t.connector.url, ALEX));
    assert.ok(installed.status < 300);
    clock.set('2026-11-13T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.personalMessages().length, 1);
    assert.equal(t.connector.personalMessages()[0]?.memberId, ALEX.id);
  });

  it('keeps a reminder that falls due before the card is in Teams, and sends it once the card is there', async () => {
    clock = new TestClock('2026-11-10T09:00');
    const t = await start();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    clock.set('2026-11-11T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.calls.length, 0, 'no team yet, nothing sent');

    await t.install();
    await eventually(async () => {
      await t.app.outbox.sweep();
      assert.equal(t.connector.newThreads().length, 1);
    });
    clock.set('2026-11-11T09:00:11');
    await t.app.reminders.sweep();
    const [escalation] = t.connector.threadReplies(CARD);
    assert.match(escalation?.text ?? '', /Försenad/);
  });

  it('reminds about nothing once the comment is answered', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'reply', { ...KEY, draft: 'Hämtning fredag.' });
    for (const time of ['2026-11-10T17:00', '2026-11-11T08:43', '2026-11-12T09:00']) {
      clock.set(time);
      await t.app.reminders.sweep();
    }
    assert.equal(t.connector.threadReplies(CARD).length, 0);
    assert.equal(t.connector.personalMessages().length, 0);
  });

  it('follows up each working morning on a holding reply (P4) and on a case without Platina reference (P6)', async () => {
    const t = await withComment();
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    clock.set('2026-11-11T09:00');
    await t.app.reminders.sweep();
    assert.match(t.connector.personalMessages().at(-1)?.text ?? '', /du har lovat ett svar/);
    clock.set('2026-11-12T09:00');
    await t.app.reminders.sweep();
    assert.equal(t.connector.personalMessages().length, 2);
    await t.click(ALEX, CARD, 'open_case', KEY);
    clock.set('2026-11-13T09:00');
    await t.app.reminders.sweep();
    assert.match(t.connector.personalMessages().at(-1)?.text ?? '', /saknar diarienummer i Platina/);
  });

  it('sends a due reminder once when two schedulers race for it', async () => {
    const a = await withComment();
    const b = await start({ tablePrefix: a.tablePrefix, connector: a.connector, graph: a.graph });
    clock.set('2026-11-10T17:00');
    await Promise.all([
      a.app.reminders.sweep(),
      b.app.reminders.sweep(),
      a.app.reminders.sweep(),
      b.app.reminders.sweep(),
    ]);
    assert.equal(a.connector.threadReplies(CARD).length, 1);
  });

  it('after downtime sends only the latest relevant reminder, never a burst of stale ones', async () => {
    const first = await withComment();
    await first.stop();
    clock.set('2026-11-11T09:00');
    const second = await start({
      tablePrefix: first.tablePrefix,
      connector: first.connector,
      graph: first.graph,
    });
    await second.app.reminders.sweep();
    const replies = first.connector.threadReplies(CARD);
    assert.equal(replies.length, 1);
    assert.match(replies[0]?.text ?? '', /Försenad/);
  });

  it('posts the daily overview on working mornings: open, due today, overdue, unclaimed', async () => {
    const t = await withComment();
    clock.set('2026-11-11T08:30');
    await t.app.reminders.sweep();
    const overview = t.connector.newThreads().at(-1);
    const text = cardText(cardOf(overview?.body ?? {}));
    assert.match(text, /Dagens läge i Svarsvakten/);
    assert.match(text, /Öppna: 1/);
    assert.match(text, /Ska besvaras i dag: 1/);
    assert.match(text, /Ingen har tagit: 1/);
    assert.match(text, /Facebook, skriven tis 10 nov kl\. \d\d:\d\d – svara senast ons 11 nov kl\. 08:42/);
    assert.doesNotMatch(text, /soptunnorna/, 'which comment, not what the resident wrote');
  });

  it('reads only the reminders that are due, however many are stored, and takes over those kept the old way', async () => {
    const tables = createTableClients(azurite().connectionString, `r${Date.now()}`);
    await Promise.all([tables.comments.createTable(), tables.reminders.createTable()]);
    const store = new TableReminderStore(tables.comments, tables.reminders);
    const later = Array.from({ length: 60 }, (_, i) => ({
      kind: 'badge' as const,
      dueAt: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
      platform: i % 2 ? 'facebook' : 'instagram',
      commentId: `c${i}`,
    }));
    await store.add([
      ...later,
      { kind: 'overdue', dueAt: '2026-11-20T10:00:00.000Z', platform: 'facebook', commentId: 'due' },
    ]);
    // A reminder stored before they moved beside the comments: one partition in a table of their own.
    const old = { kind: 'overdue', dueAt: '2026-11-19T10:00:00.000Z', platform: 'x', commentId: 'old' };
    await tables.reminders.createEntity({
      partitionKey: 'due',
      rowKey: `${old.dueAt}|${old.kind}|x|old`,
      ...old,
      claimedUntil: '',
    });
    const due = await store.listDue('2026-11-25T00:00:00.000Z', 1000);
    assert.deepEqual(
      due.map((d) => d.value.commentId),
      ['old', 'due'],
    );
    assert.equal(store.lastReadCount, 2);
    assert.ok(
      await store.claim(due[0]!, '2026-11-25T00:05:00.000Z'),
      'the moved one is claimed where it is now',
    );
    await store.done(due[0]!.value);
    assert.deepEqual(
      (await store.listDue('2026-11-25T00:00:00.000Z', 1000)).map((d) => d.value.commentId),
      ['due'],
    );
  });
});
