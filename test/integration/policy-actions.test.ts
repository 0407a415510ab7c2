import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const ACTIVITY = 'activity-1';

async function withComment(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await startTestApp({ env });
  await t.install();
  await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
  await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  return t;
}

describe('the policy on the card', () => {
  let t: TestApp;
  afterEach(() => t?.stop(true));

  const stored = async () => (await t.store.get(COMMENT))?.value;
  const shownToEveryone = () => cardText(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {}));

  describe('reply with preview (P9)', () => {
    beforeEach(async () => {
      t = await withComment();
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
    });

    it('shows exactly what will be posted, signed, with the characters left, and sends it on one more click', async () => {
      const draft = 'Hej Anna! Hämtningen flyttas en dag framåt i jul.';
      const preview = await t.click(ALEX, ACTIVITY, 'preview', { ...KEY, replyText: draft });
      assert.match(cardText(preview), /Förhandsvisning/);
      assert.ok(cardText(preview).includes(`${draft}\n/Alex`));
      assert.match(
        cardText(preview),
        new RegExp(`${8000 - draft.length - '\n/Alex'.length} tecken kvar av 8000 på Facebook`),
      );
      assert.deepEqual(cardButtons(preview).slice(0, 2), ['Skicka', 'Ändra']);
      assert.equal(t.graph.requests.length, 0);
      const sent = await t.click(ALEX, ACTIVITY, 'reply', { ...KEY, draft });
      assert.equal(t.graph.requests[0]?.body.message, `${draft}\n/Alex`);
      assert.match(cardText(sent), /Besvarad av Alex/);
    });

    it('goes back from the preview to the box with the draft in it', async () => {
      const card = await t.click(ALEX, ACTIVITY, 'edit', { ...KEY, draft: 'Hej Anna!' });
      assert.match(cardText(card), /\[Svar \(signeras automatiskt med ditt namn\): Hej Anna!\]/);
    });

    it('signs in the account’s own format where one is configured', async () => {
      await t.stop(true);
      const accounts = path.join(os.tmpdir(), `accounts-${process.pid}-${Date.now()}.json`);
      writeFileSync(
        accounts,
        JSON.stringify([
          {
            platform: 'facebook',
            id: '104857362918475',
            name: 'Norrviks kommun',
            signature: '/{förnamn}, Norrviks kommun',
          },
        ]),
      );
      t = await withComment({ ACCOUNTS_FILE: accounts });
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
      await t.click(ALEX, ACTIVITY, 'reply', { ...KEY, draft: 'Hej!' });
      assert.equal(t.graph.requests[0]?.body.message, 'Hej!\n/Alex, Norrviks kommun');
    });
  });

  describe('"Vi har sett din kommentar" (P4)', () => {
    beforeEach(async () => {
      t = await withComment();
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
    });

    it('publishes the warm holding reply, signed, and keeps the item open as "Bekräftad – svar utlovat"', async () => {
      const card = await t.click(ALEX, ACTIVITY, 'acknowledge', KEY);
      const message = String(t.graph.requests[0]?.body.message);
      assert.match(message, /^Hej Anna! Tack för din kommentar – vi har sett den/);
      assert.match(message, /så snart vi kan\.\n\/Alex$/);
      assert.match(cardText(card), /Bekräftad – svar utlovat \(Alex Wilber\)/);
      assert.ok(!cardButtons(card).includes('Vi har sett din kommentar'));
      assert.ok(cardButtons(card).includes('Förhandsgranska svar'));
      const after = await stored();
      assert.equal(after?.state, 'acknowledged');
      assert.ok(after?.firstResponseAt);
      await t.click(ALEX, ACTIVITY, 'reply', { ...KEY, draft: 'Nu vet vi: fredag.' });
      assert.equal((await stored())?.state, 'answered');
    });
  });

  describe('"Kräver ärende" (P5, P6)', () => {
    beforeEach(async () => {
      t = await withComment();
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
    });

    it('Hänvisa publishes the referral with the contact link, signed, and closes the item as referred', async () => {
      const card = await t.click(ALEX, ACTIVITY, 'refer', KEY);
      const message = String(t.graph.requests[0]?.body.message);
      assert.match(message, /behöver vi hantera som ett ärende/);
      assert.match(message, /https:\/\/malmo\.se\/kontakt/);
      assert.match(message, /\/Alex$/);
      assert.match(cardText(card), /Hänvisad av Alex/);
      assert.equal((await stored())?.state, 'referred');
    });

    it('Handläggs här closes only with a valid Platina reference; a wrong one is refused with an example', async () => {
      const inCase = await t.click(ALEX, ACTIVITY, 'open_case', KEY);
      assert.match(cardText(inCase), /Ärende – handläggs av Alex Wilber/);
      const wrong = await t.click(ALEX, ACTIVITY, 'close_case', { ...KEY, platinaRef: '1234' });
      assert.match(
        cardText(wrong),
        /Diarienumret har fel form\. Skriv det som i Platina, till exempel KS-2026-01234\. Inget har ändrats\./,
      );
      assert.equal((await stored())?.state, 'case');
      const released = await t.click(ALEX, ACTIVITY, 'release', KEY);
      assert.match(cardText(released), /stängs med diarienumret i Platina/);
      const closed = await t.click(ALEX, ACTIVITY, 'close_case', { ...KEY, platinaRef: 'KS-2026-01234' });
      assert.match(cardText(closed), /Ärende dokumenterat i Platina/);
      assert.match(cardText(closed), /Diarienummer: KS-2026-01234/);
      assert.equal((await stored())?.closure?.platinaRef, 'KS-2026-01234');
      assert.equal(t.graph.requests.length, 0);
    });
  });

  describe('"Inget svar behövs" (P2)', () => {
    beforeEach(async () => {
      t = await withComment();
    });

    it('closes with the chosen reason and posts nothing', async () => {
      const card = await t.click(MEGAN, ACTIVITY, 'no_reply', { ...KEY, noReplyReason: 'thanks_only' });
      assert.match(cardText(card), /Inget svar behövs \(Megan\)/);
      assert.match(cardText(card), /Skäl: Bara tack eller en emoji/);
      assert.equal(t.graph.requests.length, 0);
      await eventually(() => assert.match(shownToEveryone(), /Inget svar behövs/));
    });

    it('asks for a few words when the reason is "other", and changes nothing until then', async () => {
      const card = await t.click(MEGAN, ACTIVITY, 'no_reply', {
        ...KEY,
        noReplyReason: 'other',
        noReplyNote: '',
      });
      assert.match(cardText(card), /Skriv med några ord varför/);
      assert.equal((await stored())?.state, 'open');
    });
  });

  describe('Dölj (BBS-lagen 5 §)', () => {
    beforeEach(async () => {
      t = await withComment();
    });

    it('hides the comment on Facebook, keeps a copy and says who hid it and why', async () => {
      const card = await t.click(MEGAN, ACTIVITY, 'hide', { ...KEY, moderationReason: 'personangrepp' });
      const [request] = t.graph.requests;
      assert.equal(request?.method, 'POST');
      assert.equal(request?.path, `/v24.0/${COMMENT.commentId}`);
      assert.deepEqual(request?.body, { is_hidden: true });
      assert.match(
        cardText(card),
        /Dold på Facebook av Megan Bowen – Personangrepp eller kränkning \(stadens regler\)/,
      );
      const after = await stored();
      assert.equal(after?.moderation?.copy.authorName, 'Anna Lindqvist');
      assert.match(after?.moderation?.copy.text ?? '', /soptunnorna/);
    });

    it('shows a hidden comment again with "Visa igen", and the item goes back to the queue', async () => {
      await t.click(MEGAN, ACTIVITY, 'hide', { ...KEY, moderationReason: 'personangrepp' });
      const card = await t.click(MEGAN, ACTIVITY, 'unhide', KEY);
      assert.deepEqual(t.graph.requests[1]?.body, { is_hidden: false });
      assert.match(cardText(card), /Ny – ingen har tagit den/);
      assert.match(cardText(card), /Megan Bowen · visade kommentaren igen/);
      assert.equal((await stored())?.platformStatus, 'visible');
    });

    it('removes only after the second confirmation', async () => {
      const unconfirmed = await t.click(MEGAN, ACTIVITY, 'remove', {
        ...KEY,
        moderationReason: 'spam',
        removeConfirm: 'false',
      });
      assert.match(cardText(unconfirmed), /Kryssa i att kommentaren ska tas bort helt/);
      assert.equal(t.graph.requests.length, 0);
      const removed = await t.click(MEGAN, ACTIVITY, 'remove', {
        ...KEY,
        moderationReason: 'spam',
        removeConfirm: 'true',
      });
      assert.equal(t.graph.requests[0]?.method, 'DELETE');
      assert.match(cardText(removed), /Borttagen på Facebook av Megan Bowen/);
    });

    it('leaves a removal by someone in training to an approver, and lets them hide at once', async () => {
      await t.say(ALEX, 'behörighet lägg till', [ISAIAH], 'inskolning');
      const hidden = await t.click(ISAIAH, ACTIVITY, 'hide', { ...KEY, moderationReason: 'spam' });
      assert.match(cardText(hidden), /Dold på Facebook av Isaiah Langer/);
      await t.click(ISAIAH, ACTIVITY, 'unhide', KEY);
      const asked = await t.click(ISAIAH, ACTIVITY, 'remove', {
        ...KEY,
        moderationReason: 'spam',
        removeConfirm: 'true',
      });
      assert.match(cardText(asked), /Borttagningen väntar på godkännande/);
      assert.equal(
        t.graph.requests.filter((r) => r.method === 'DELETE').length,
        0,
        'nothing removed on Facebook',
      );
    });

    it('moderates a comment a colleague holds only after a take-over', async () => {
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
      const refused = await t.click(MEGAN, ACTIVITY, 'hide', { ...KEY, moderationReason: 'spam' });
      assert.match(cardText(refused), /Det är Alex Wilber som har den här kommentaren/);
      assert.equal(t.graph.requests.length, 0);
      await t.click(MEGAN, ACTIVITY, 'take_over', KEY);
      const hidden = await t.click(MEGAN, ACTIVITY, 'hide', { ...KEY, moderationReason: 'spam' });
      assert.match(cardText(hidden), /Dold på Facebook av Megan Bowen/);
    });

    it('changes nothing when Facebook refuses', async () => {
      t.graph.script.push({
        status: 400,
        body: { error: { message: '(#200) Permissions error', type: 'OAuthException', code: 200 } },
      });
      const card = await t.click(MEGAN, ACTIVITY, 'hide', { ...KEY, moderationReason: 'spam' });
      assert.match(cardText(card), /saknar behörighet/);
      assert.equal((await stored())?.state, 'open');
    });
  });

  describe('Ta över, Återöppna and the history', () => {
    beforeEach(async () => {
      t = await withComment();
    });

    it('lets someone take over; the card names the previous holder', async () => {
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
      const card = await t.click(MEGAN, ACTIVITY, 'take_over', KEY);
      assert.match(cardText(card), /Tagen av Megan Bowen/);
      assert.match(cardText(card), /Övertagen: från Alex Wilber/);
      await eventually(() => assert.match(shownToEveryone(), /Övertagen: från Alex Wilber/));
    });

    it('reopens a closed item into the queue', async () => {
      await t.click(MEGAN, ACTIVITY, 'no_reply', { ...KEY, noReplyReason: 'spam' });
      const card = await t.click(ALEX, ACTIVITY, 'reopen', KEY);
      assert.match(cardText(card), /Ny – ingen har tagit den/);
      assert.ok(cardButtons(card).includes('Ta'));
    });

    it('keeps every action, with who, when and the exact text sent, append-only in the store', async () => {
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
      await t.click(ALEX, ACTIVITY, 'acknowledge', KEY);
      await t.click(MEGAN, ACTIVITY, 'take_over', KEY);
      await t.click(MEGAN, ACTIVITY, 'reply', { ...KEY, draft: 'Hämtning fredag 25/12.' });
      await t.click(ALEX, ACTIVITY, 'reopen', KEY);
      const history = await t.store.listHistory(COMMENT);
      assert.deepEqual(
        history.map((h) => [h.by, h.action]),
        [
          ['Alex Wilber', 'claimed'],
          ['Alex Wilber', 'acknowledged'],
          ['Megan Bowen', 'taken_over'],
          ['Megan Bowen', 'replied'],
          ['Alex Wilber', 'reopened'],
        ],
      );
      assert.equal(history[3]?.detail, 'Hämtning fredag 25/12.\n/Megan');
      const card = cardText(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {}));
      assert.match(card, /Historik/);
      assert.match(card, /Alex Wilber · öppnade igen/);
      assert.ok(
        cardButtons(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {})).includes(
          'Visa hela historiken',
        ),
      );
    });
  });
});
