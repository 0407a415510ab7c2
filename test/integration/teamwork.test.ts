import assert from 'node:assert/strict';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import type { TestApp } from '../support/test-app';
import { startWithCommentCard } from '../support/with-comment-card';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const ACTIVITY = 'activity-1';
const DRAFT = 'Hej Anna! Sophämtningen flyttas till fredag under julveckan.';

/** Alex is an admin (ADMIN_IDS); Megan and Isaiah are added with `behörighet` as each test needs. */
describe('teamwork on the card', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startWithCommentCard();
  });
  afterEach(() => t.stop(true));

  const stored = async () => (await t.store.get(COMMENT))?.value;
  const shownToEveryone = () => cardText(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {}));
  const toldInPrivate = (member: string) =>
    t.connector
      .personalMessages()
      .filter((m) => m.memberId.includes(member))
      .map((m) => m.text);

  describe('Tilldela (assign)', () => {
    it('gives the item to a trained colleague, who is told in 1:1 that a note waits on the card; the card and history say so', async () => {
      await t.say(ALEX, 'behörighet lägg till', [MEGAN]);
      const claimed = await t.click(ALEX, ACTIVITY, 'claim', KEY);
      assert.ok(cardButtons(claimed).includes('Tilldela'));
      assert.match(JSON.stringify(claimed), /"title":"Megan Bowen","value":"aad-megan"/);

      const card = await t.click(ALEX, ACTIVITY, 'assign', {
        ...KEY,
        assignee: 'aad-megan',
        assignNote: 'Du kan sophämtningen bäst.',
      });
      assert.match(cardText(card), /Kommentaren är tilldelad Megan Bowen/);
      assert.match(cardText(card), /Tagen av Megan Bowen/);
      assert.match(cardText(card), /Alex Wilber · tilldelade: Megan Bowen – Du kan sophämtningen bäst\./);
      await eventually(() => assert.match(shownToEveryone(), /Tagen av Megan Bowen/));
      assert.equal((await stored())?.holder?.id, 'aad-megan');
      await eventually(() =>
        assert.match(
          toldInPrivate('megan').join('\n'),
          /Alex Wilber har tilldelat dig en Facebook-kommentar\. Läs anteckningen på kortet\./,
        ),
      );
      // The note is read on the card: a chat would keep it after the records plan removed it there.
      assert.doesNotMatch(toldInPrivate('megan').join('\n'), /sophämtningen/);

      // Now Megan holds it: Alex cannot hand it on to someone else.
      await t.say(ALEX, 'behörighet lägg till', [ISAIAH]);
      const refused = await t.click(ALEX, ACTIVITY, 'assign', { ...KEY, assignee: 'aad-isaiah' });
      assert.match(cardText(refused), /Det är Megan Bowen som har den här kommentaren/);
      assert.equal((await stored())?.holder?.id, 'aad-megan');
    });

    it('refuses a colleague who is not on the trained list, and changes nothing', async () => {
      const card = await t.click(ALEX, ACTIVITY, 'assign', { ...KEY, assignee: 'aad-isaiah' });
      assert.match(cardText(card), /finns inte på listan över utbildade/);
      assert.equal((await stored())?.state, 'open');
      assert.deepEqual(toldInPrivate('isaiah'), []);
    });
  });

  describe('approval for someone under training', () => {
    it('holds a trainee’s reply for approval, sends it back with a comment, and publishes it once approved', async () => {
      assert.match(await t.say(ALEX, 'behörighet lägg till', [ISAIAH], 'inskolning'), /under inskolning/);
      assert.match(await t.say(ALEX, 'behörighet lägg till', [MEGAN], 'godkännare'), /godkänner också/);
      await t.click(ISAIAH, ACTIVITY, 'claim', KEY);

      const waiting = await t.click(ISAIAH, ACTIVITY, 'reply', { ...KEY, draft: DRAFT });
      assert.match(cardText(waiting), /Svaret väntar på godkännande/);
      assert.match(cardText(waiting), /Väntar på godkännande – svar av Isaiah Langer/);
      assert.match(cardText(waiting), new RegExp(`${DRAFT}\\s*/Isaiah`));
      assert.equal(t.graph.replies.get(COMMENT.commentId), undefined, 'nothing is published yet');
      await eventually(() => {
        const asked = t.connector.threadReplies(ACTIVITY).find((r) => /väntar på godkännande/.test(r.text));
        assert.ok(asked);
        assert.deepEqual(asked.mentioned, ['29:megan'], 'the named approver is mentioned in the thread');
      });

      // Only admins and approvers decide; the trainee cannot approve their own reply.
      const selfApproval = await t.click(ISAIAH, ACTIVITY, 'approve', KEY);
      assert.match(cardText(selfApproval), /godkänns av en administratör eller en utsedd godkännare/);

      const noNote = await t.click(MEGAN, ACTIVITY, 'send_back', { ...KEY, sendBackNote: ' ' });
      assert.match(cardText(noNote), /Skriv vad som behöver ändras/);
      const back = await t.click(MEGAN, ACTIVITY, 'send_back', {
        ...KEY,
        sendBackNote: 'Skriv vilken dag det blir.',
      });
      assert.match(cardText(back), /Svaret är tillbaka hos Isaiah Langer/);
      assert.match(cardText(back), /Skriv vilken dag det blir\./, 'the note is read on the card');
      assert.equal((await stored())?.state, 'claimed');
      assert.equal((await stored())?.draft, DRAFT, 'the draft is kept for the trainee');
      await eventually(() =>
        assert.match(
          toldInPrivate('isaiah').join('\n'),
          /Megan Bowen har skickat tillbaka ditt svar.*Vad som behöver ändras står på kortet/,
        ),
      );
      assert.doesNotMatch(toldInPrivate('isaiah').join('\n'), /Skriv vilken dag/);

      const better = `${DRAFT} Fredagen den 25 december.`;
      await t.click(ISAIAH, ACTIVITY, 'reply', { ...KEY, draft: better });
      const approved = await t.click(ALEX, ACTIVITY, 'approve', KEY);
      assert.match(cardText(approved), /Svaret är publicerat/);
      assert.match(cardText(approved), /Besvarad av Isaiah/);
      const published = t.graph.replies.get(COMMENT.commentId) ?? [];
      assert.equal(published.length, 1);
      assert.match(published[0]?.message ?? '', /Fredagen den 25 december\.\s*\/Isaiah/);
      assert.match(cardText(approved), /Alex Wilber · godkände svaret/);
      await eventually(() =>
        assert.match(toldInPrivate('isaiah').join('\n'), /Alex Wilber har godkänt ditt svar/),
      );
    });

    it('holds a trainee’s removal for an approver, who sends it back or removes the comment', async () => {
      await t.say(ALEX, 'behörighet lägg till', [ISAIAH], 'inskolning');
      await t.say(ALEX, 'behörighet lägg till', [MEGAN], 'godkännare');
      const remove = { ...KEY, moderationReason: 'personangrepp', removeConfirm: 'true' };

      const waiting = await t.click(ISAIAH, ACTIVITY, 'remove', remove);
      assert.match(cardText(waiting), /Borttagningen väntar på godkännande/);
      assert.match(shownToEveryone(), /Isaiah Langer vill ta bort kommentaren från plattformen/);
      assert.match(shownToEveryone(), /Skäl: Personangrepp/);
      const buttons = cardButtons(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {}));
      assert.ok(
        buttons.includes('Godkänn och ta bort') && buttons.includes('Skicka tillbaka'),
        buttons.join(),
      );
      assert.equal(t.graph.requests.length, 0, 'nothing asked of Facebook yet');
      await eventually(() => {
        const asked = t.connector.threadReplies(ACTIVITY).find((r) => /vill ta bort/.test(r.text));
        assert.ok(asked);
        assert.deepEqual(asked.mentioned, ['29:megan']);
      });
      const selfApproval = await t.click(ISAIAH, ACTIVITY, 'approve', KEY);
      assert.match(cardText(selfApproval), /godkänns av en administratör eller en utsedd godkännare/);
      assert.equal(t.graph.requests.length, 0);

      const back = await t.click(MEGAN, ACTIVITY, 'send_back', {
        ...KEY,
        sendBackNote: 'Dölj den i stället.',
      });
      assert.match(cardText(back), /Begäran är tillbaka hos Isaiah Langer/);
      assert.match(cardText(back), /Dölj den i stället/, 'the note is read on the card');
      assert.equal((await stored())?.state, 'claimed');
      assert.equal((await stored())?.holder?.name, 'Isaiah Langer');
      await eventually(() =>
        assert.match(
          toldInPrivate('isaiah').join('\n'),
          /skickat tillbaka din begäran att ta bort.*Varför står på kortet/,
        ),
      );
      assert.doesNotMatch(toldInPrivate('isaiah').join('\n'), /Dölj den i stället/);
      assert.equal(t.graph.requests.length, 0, 'the comment stays on Facebook');

      await t.click(ISAIAH, ACTIVITY, 'remove', remove);
      const removed = await t.click(MEGAN, ACTIVITY, 'approve', KEY);
      assert.equal(t.graph.requests.length, 1);
      assert.equal(t.graph.requests[0]?.method, 'DELETE');
      assert.match(cardText(removed), /Borttagen på Facebook av Megan Bowen/);
      assert.match(cardText(removed), /Isaiah Langer · bad om godkännande att ta bort kommentaren/);
      assert.equal((await stored())?.moderation?.reason, 'personangrepp');
      await eventually(() =>
        assert.match(toldInPrivate('isaiah').join('\n'), /Megan Bowen har godkänt borttagningen/),
      );
    });
  });
});
