import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import type { TestApp } from '../support/test-app';
import { startWithCommentCard } from '../support/with-comment-card';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const CARD = 'activity-1';

describe('frånvaro: someone away', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock('2026-11-16T08:00'); // a Monday
    t = await startWithCommentCard({ clock });
    await t.say(ALEX, 'behörighet lägg till', [MEGAN]);
  });
  afterEach(() => t.stop(true));

  const stored = async () => (await t.store.get(COMMENT))?.value;

  it('gives their claims back to the queue, is not offered for Tilldela, and is listed in the daily overview', async () => {
    await t.click(MEGAN, CARD, 'claim', KEY);
    const away = await t.say(MEGAN, 'frånvaro på');
    assert.match(away, /Du är frånvarande\. 1 kommentar gick tillbaka till kön\./);
    assert.equal((await stored())?.state, 'open');
    await eventually(() =>
      assert.match(
        cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {})),
        /lämnade tillbaka kommentaren till kön \(frånvarande\)/,
      ),
    );
    assert.match(await t.say(ALEX, 'frånvaro lista'), /Frånvarande: Megan Bowen/);

    const card = await t.click(ALEX, CARD, 'claim', KEY);
    assert.doesNotMatch(JSON.stringify(card), /"value":"aad-megan"/, 'not offered while away');
    const refused = await t.click(ALEX, CARD, 'assign', { ...KEY, assignee: 'aad-megan' });
    assert.match(cardText(refused), /Megan Bowen är frånvarande/);
    assert.equal((await stored())?.holder?.id, 'aad-alex');

    clock.set('2026-11-16T08:30');
    await t.app.reminders.sweep();
    const overview = t.connector
      .newThreads()
      .find((thread) => /Dagens läge/.test(cardText(cardOf(thread.body))));
    assert.match(cardText(cardOf(overview?.body ?? {})), /Frånvarande: Megan Bowen/);

    assert.match(await t.say(MEGAN, 'frånvaro av'), /Välkommen tillbaka!/);
    const assigned = await t.click(ALEX, CARD, 'assign', { ...KEY, assignee: 'aad-megan' });
    assert.match(cardText(assigned), /Tagen av Megan Bowen/);
  });

  it('lets only an admin say it for someone else', async () => {
    assert.match(await t.say(MEGAN, 'frånvaro på', [ALEX]), /bara administratörer/);
    assert.match(await t.say(ALEX, 'frånvaro på', [MEGAN]), /Megan Bowen är frånvarande/);
    assert.match(await t.say(MEGAN, 'frånvaro av'), /Välkommen tillbaka!/);
    assert.match(await t.say(MEGAN, 'frånvaro av'), /Du var inte markerad som frånvarande/);
  });
});
