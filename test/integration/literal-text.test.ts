import assert from 'node:assert/strict';
import { cardOf, literalTexts, markdownTexts } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

// What a resident can type to make the bot's own messages lie: a link, emphasis, a heading, an @mention.
const HOSTILE_TEXT =
  '[Svara här](https://phish.example/login) **brådskande** _nu_ # Rubrik <at>Megan Bowen</at> \\(inte\\)';
const HOSTILE_NAME = '**Malmö stad** [Support](https://evil.example)';
const MARKERS = ['phish.example', 'evil.example', 'brådskande', '<at>Megan', 'Support]'];
const KEY = { commentKey: 'facebook:122187654321098765_1184736291045827' };
const CARD = 'activity-1';

function hostileDelivery(): string {
  const delivery = JSON.parse(fixtureBytes('facebook-feed-comment-add.json').toString('utf8')) as {
    entry: { changes: { value: { message: string; from: { name: string } } }[] }[];
  };
  const value = delivery.entry[0]?.changes[0]?.value;
  assert.ok(value);
  value.message = HOSTILE_TEXT;
  value.from.name = HOSTILE_NAME;
  return JSON.stringify(delivery);
}

/** No resident-supplied marker in any text Teams reads as markdown, nor in a message's own text. */
function assertNothingIsMarkup(activity: Record<string, unknown>, what: string): void {
  const texts = [String(activity.text ?? ''), ...markdownTexts(activity.attachments ?? [])];
  for (const marker of MARKERS) {
    const found = texts.filter((t) => t.includes(marker));
    assert.deepEqual(found, [], `${what}: "${marker}" in markdown`);
  }
  const mentioned = ((activity.entities as { mentioned?: { id: string } }[] | undefined) ?? []).map(
    (e) => e.mentioned?.id,
  );
  assert.ok(!mentioned.includes(MEGAN.id), `${what}: mentions Megan`);
}

/** Names the comment (platform and when), never quotes it: the message stays in Teams after the records plan. */
function assertQuotesNothing(activity: Record<string, unknown>): void {
  assert.ok(literalTexts(cardOf(activity)).some((text) => text.startsWith('Facebook, skriven')));
  assert.doesNotMatch(JSON.stringify(activity), /Svara här/);
}

describe('nothing a resident wrote is ever markup', () => {
  let t: TestApp;
  const clock = new TestClock('2026-11-10T09:00');
  before(async () => {
    t = await startTestApp({ clock, env: { TEAM_LEADS: 'aad-lead:Lena Lindgren' } });
    await t.install();
    assert.equal((await t.postMeta(hostileDelivery())).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  });
  after(() => t.stop(true));

  it('shows the comment and its author on the card exactly as typed, as literal text runs', () => {
    const card = cardOf(t.connector.newThreads()[0]?.body ?? {});
    assertNothingIsMarkup(t.connector.newThreads()[0]?.body ?? {}, 'the card');
    const literal = literalTexts(card);
    assert.ok(literal.includes(HOSTILE_NAME), 'the name as typed');
    assert.ok(
      literal.includes(HOSTILE_TEXT.replace('<at>', '<\u2060at>').replace('</at>', '</\u2060at>')),
      'the text as typed, its mention broken by an invisible joiner',
    );
  });

  it('quotes none of it in the reminder in the thread, the daily overview or the 1:1 follow-up, and they are no markup', async () => {
    clock.set('2026-11-10T17:00');
    await t.app.reminders.sweep();
    const [reminder] = t.connector.threadReplies(CARD);
    assert.ok(reminder);
    assertNothingIsMarkup(reminder.activity, 'the unclaimed reminder');
    assertQuotesNothing(reminder.activity);

    await t.click(ALEX, CARD, 'claim', KEY);
    clock.set('2026-11-11T08:30');
    await t.app.reminders.sweep();
    const overview = t.connector.newThreads().at(-1);
    assert.ok(overview && overview !== t.connector.newThreads()[0], 'the daily overview was posted');
    assertNothingIsMarkup(overview.body, 'the daily overview');
    assertQuotesNothing(overview.body);

    // The promised answer's follow-up the next working morning comes to the holder in 1:1.
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    clock.set('2026-11-12T09:00');
    await t.app.reminders.sweep();
    const [ping] = t.connector.personalMessages();
    assert.ok(ping, 'the follow-up was sent in 1:1');
    assertNothingIsMarkup(ping.activity, 'the 1:1 follow-up');
    assertQuotesNothing(ping.activity);
  });
});
