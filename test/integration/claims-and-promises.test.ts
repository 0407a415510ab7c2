import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { ALEX, MEGAN } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import type { TestApp } from '../support/test-app';
import { startWithCommentCard } from '../support/with-comment-card';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const CARD = 'activity-1';
const LEAD = { id: 'aad-lead', name: 'Lena Lindgren' };

describe('claims that do not rot, promises that are kept', () => {
  let t: TestApp;
  let clock: TestClock;
  afterEach(() => t.stop(true));

  async function withComment(at: string): Promise<void> {
    clock = new TestClock(at);
    t = await startWithCommentCard({ clock, env: { TEAM_LEADS: `${LEAD.id}:${LEAD.name}` } });
  }

  const stored = async () => (await t.store.get(COMMENT))?.value;
  const sweepAt = async (local: string) => {
    clock.set(local);
    await t.app.reminders.sweep();
  };
  const toldInPrivate = (member: string, pattern: RegExp) =>
    t.connector.personalMessages().filter((m) => m.memberId.includes(member) && pattern.test(m.text));
  const inThread = (pattern: RegExp) => t.connector.threadReplies(CARD).filter((r) => pattern.test(r.text));

  it('nudges an idle claim after two office hours over a weekend, and after two more gives it back to the queue', async () => {
    await withComment('2026-11-13T16:00'); // a Friday
    await t.click(ALEX, CARD, 'claim', KEY);
    await sweepAt('2026-11-16T08:59'); // Monday: one office hour on Friday, 59 minutes today
    assert.deepEqual(toldInPrivate('alex', /kontorstimmar/), []);
    await sweepAt('2026-11-16T09:00');
    const [nudge] = toldInPrivate('alex', /kontorstimmar/);
    assert.match(nudge?.text ?? '', /Du tog Facebook-kommentaren för 2 kontorstimmar sedan/);
    assert.match(nudge?.text ?? '', /går den tillbaka till kön mån 16 nov kl\. 11:00/);

    await sweepAt('2026-11-16T10:59');
    assert.equal((await stored())?.state, 'claimed');
    await sweepAt('2026-11-16T11:00');
    assert.equal((await stored())?.state, 'open');
    const [note] = inThread(/tillbaka i kön/);
    assert.match(note?.text ?? '', /Alex Wilber hade haft den i 4 kontorstimmar/);
    const shown = cardText(cardOf(t.connector.updatesOf(CARD).at(-1)?.body ?? {}));
    assert.match(shown, /Ny – ingen har tagit den/);
    assert.match(shown, /lämnade tillbaka kommentaren till kön \(ingen åtgärd på länge\)/);
  });

  it('counts from the latest thing done: a take-over starts the two hours again, for the new holder', async () => {
    await withComment('2026-11-16T08:00');
    await t.click(ALEX, CARD, 'claim', KEY);
    clock.set('2026-11-16T09:30');
    await t.click(MEGAN, CARD, 'take_over', KEY);
    await sweepAt('2026-11-16T10:00');
    assert.deepEqual(toldInPrivate('alex', /kontorstimmar/), [], 'Alex no longer holds it');
    assert.deepEqual(toldInPrivate('megan', /kontorstimmar/), []);
    await sweepAt('2026-11-16T11:30');
    assert.equal(toldInPrivate('megan', /Du tog Facebook-kommentaren för 2 kontorstimmar/).length, 1);
  });

  it('raises a holding reply still without the real answer after two working days with the team leads', async () => {
    await withComment('2026-11-12T10:00'); // a Thursday
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    assert.equal((await stored())?.state, 'acknowledged');
    await sweepAt('2026-11-16T08:59');
    assert.deepEqual(inThread(/Utlovat svar saknas/), []);
    await sweepAt('2026-11-16T09:00'); // Friday and Monday are the two working days
    const [raised] = inThread(/Utlovat svar saknas/);
    assert.match(raised?.text ?? '', /<at>Alex Wilber<\/at> <at>Lena Lindgren<\/at>/);
    assert.match(raised?.text ?? '', /för 2 arbetsdagar sedan och har ännu inget riktigt svar/);
    assert.equal(toldInPrivate('lead', /Utlovat svar saknas/).length, 1);
  });

  it('keeps following up a promise after the item was released, in the thread, and stops once it is answered', async () => {
    await withComment('2026-11-12T10:00');
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'acknowledge', KEY);
    await t.click(ALEX, CARD, 'release', KEY);
    assert.equal((await stored())?.state, 'open');
    await sweepAt('2026-11-13T09:00');
    assert.equal(inThread(/ingen har den nu och det riktiga svaret saknas/).length, 1);

    await t.click(MEGAN, CARD, 'claim', KEY);
    await t.click(MEGAN, CARD, 'reply', { ...KEY, draft: 'Hej Anna! Hämtningen blir på fredag.' });
    assert.equal((await stored())?.state, 'answered');
    await sweepAt('2026-11-16T09:00');
    assert.deepEqual(inThread(/Utlovat svar saknas/), [], 'answered: the promise was kept');
    assert.equal(inThread(/det riktiga svaret saknas/).length, 1);
  });
});
