import assert from 'node:assert/strict';
import { graphAnswerFromFixture } from '../fakes/meta-graph';
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

  describe('who may act (P11)', () => {
    beforeEach(async () => {
      t = await withComment();
    });

    it('tells someone without the training what to do, and changes nothing', async () => {
      const card = await t.click(ISAIAH, ACTIVITY, 'claim', KEY);
      assert.match(cardText(card), /behöver ha gått utbildningen/);
      assert.match(cardText(card), /Be en administratör för Svarsvakten/);
      assert.equal((await stored())?.state, 'open');
      // The refusal reveals nothing of the comment: not what was written, not who wrote it.
      const shown = JSON.stringify(card);
      assert.doesNotMatch(shown, /Anna Lindqvist|soptunnorna|Västra Hagen/);
      for (const verb of ['reply', 'preview', 'hide', 'no_reply']) {
        const other = JSON.stringify(await t.click(ISAIAH, ACTIVITY, verb, KEY));
        assert.doesNotMatch(other, /Anna Lindqvist|soptunnorna/, verb);
      }
    });

    it('lets an admin add and remove trained staff with a channel command', async () => {
      assert.match(
        await t.say(ALEX, 'behörighet lägg till', [ISAIAH]),
        /Isaiah Langer \(aad-isaiah\) kan nu hantera kommentarer/,
      );
      const card = await t.click(ISAIAH, ACTIVITY, 'claim', KEY);
      assert.match(cardText(card), /Tagen av Isaiah Langer/);
      assert.match(await t.say(MEGAN, 'behörighet lista'), /Isaiah Langer \(aad-isaiah\)/);
      assert.match(await t.say(ALEX, 'behörighet ta bort', [ISAIAH]), /kan inte längre/);
      const refused = await t.click(ISAIAH, ACTIVITY, 'release', KEY);
      assert.match(cardText(refused), /behöver ha gått utbildningen/);
      assert.match(
        await t.say(ALEX, 'behörighet ta bort', [ISAIAH]),
        /fanns inte i listan, så ingenting ändrades/,
        'a second removal says nothing was removed',
      );
      const history = await t.say(ALEX, 'behörighet historik');
      assert.match(
        history,
        /Alex Wilber \(aad-alex\) tog bort behörigheten för Isaiah Langer \(aad-isaiah\)/,
      );
      assert.match(history, /Alex Wilber \(aad-alex\) gav behörighet till Isaiah Langer \(aad-isaiah\)/);
      assert.equal(history.match(/tog bort/g)?.length, 1, 'only what happened is in the history');
      assert.match(await t.say(MEGAN, 'behörighet historik'), /bara administratörer/);
    });

    it('changes nothing for a person whose Entra id cannot be resolved, and works by id instead', async () => {
      const stranger = {
        id: '29:stranger',
        name: 'Okänd Gäst',
        givenName: 'Okänd',
        surname: 'Gäst',
        aadObjectId: '',
      };
      const unresolved = await t.say(ALEX, 'behörighet ta bort', [stranger]);
      assert.match(unresolved, /Okänd Gäst: Entra-id kunde inte slås upp, så ingenting ändrades/);
      assert.doesNotMatch(unresolved, /kan inte längre/);
      assert.match(await t.say(ALEX, 'behörighet lägg till', [stranger]), /ingenting ändrades/);
      assert.doesNotMatch(await t.say(MEGAN, 'behörighet lista'), /Okänd Gäst/);
      const id = '8c1f4a2e-3b5d-4e6f-9a0b-1c2d3e4f5a6b';
      assert.match(
        await t.say(ALEX, `behörighet lägg till id ${id} Sara Ek`),
        new RegExp(`Sara Ek \\(${id}\\) kan nu hantera`),
      );
      assert.match(await t.say(MEGAN, 'behörighet lista'), new RegExp(`Sara Ek \\(${id}\\)`));
      assert.match(await t.say(ALEX, 'behörighet ta bort id inte-ett-id'), /är inget Entra-objekt-id/);
      assert.match(await t.say(ALEX, `behörighet ta bort id ${id}`), /kan inte längre hantera/);
    });

    it('refuses the staff commands to someone who is not an admin', async () => {
      assert.match(await t.say(MEGAN, 'behörighet lägg till', [ISAIAH]), /bara administratörer/);
    });
  });

  describe('language', () => {
    beforeEach(async () => {
      t = await withComment();
    });

    it('answers a click in English where the Teams user’s locale is English, and keeps the shared card Swedish', async () => {
      const card = await t.click(ALEX, ACTIVITY, 'claim', KEY, 'en-US');
      assert.match(cardText(card), /Taken by Alex Wilber/);
      assert.ok(cardButtons(card).includes('Preview reply'));
      assert.match(cardText(card), /Answer by: Wed 11 Nov 08:42/);
      await eventually(() => assert.match(shownToEveryone(), /Tagen av Alex Wilber/));
      const refused = await t.click(MEGAN, ACTIVITY, 'claim', KEY, 'en-GB');
      assert.match(cardText(refused), /Alex Wilber has already taken this comment/);
    });

    it('refuses in English on every refusal path: not staff, not the holder, a failed send, a bad click', async () => {
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
      const english = (text: string) => assert.doesNotMatch(text, /\b(och|inte|kommentaren|Försök)\b/, text);
      const notStaff = cardText(await t.click(ISAIAH, ACTIVITY, 'claim', KEY, 'en-US'));
      assert.match(notStaff, /training/);
      english(notStaff);
      const notHolder = cardText(
        await t.click(MEGAN, ACTIVITY, 'reply', { ...KEY, replyText: 'Hi!' }, 'en-US'),
      );
      assert.match(notHolder, /Alex Wilber/);
      english(
        notHolder
          .split('\n')
          .filter((line) => !line.includes('Anna') && !line.includes('Hej'))
          .join('\n'),
      );
      t.graph.script.push(graphAnswerFromFixture('facebook-error-expired-token.json'));
      const failed = cardText(
        await t.click(ALEX, ACTIVITY, 'reply', { ...KEY, replyText: 'Hi Anna!' }, 'en-US'),
      );
      assert.match(failed, /Your draft is kept/);
      const unknown = cardText(await t.click(ALEX, ACTIVITY, 'no_such_verb', KEY, 'en-US'));
      english(unknown);
      const noKey = cardText(await t.click(ALEX, ACTIVITY, 'claim', {}, 'en-US'));
      english(noKey);
    });
  });

  describe('two people acting on the same comment at once', () => {
    beforeEach(async () => {
      t = await withComment();
      await t.click(ALEX, ACTIVITY, 'claim', KEY);
    });

    it('never ends in an impossible state: closing and taking over race, one wins, the loser sees the truth', async () => {
      const [closed, taken] = await Promise.all([
        t.click(ALEX, ACTIVITY, 'no_reply', { ...KEY, noReplyReason: 'spam' }),
        t.click(MEGAN, ACTIVITY, 'take_over', KEY),
      ]);
      const after = await stored();
      if (after?.state === 'no_reply') {
        assert.match(cardText(taken), /redan hanterad/);
        assert.equal(after.holder?.name, 'Alex Wilber');
      } else {
        assert.equal(after?.holder?.name, 'Megan Bowen');
        assert.match(cardText(closed), /Det är Megan Bowen som har den här kommentaren/);
      }
    });
  });
});

describe('manual mode: an account Svarsvakten cannot publish for', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ env: { ACCOUNTS_FILE: 'test/fixtures/accounts-all.json' } });
    await t.install();
  });
  afterEach(() => t.stop(true));

  it('still gets cards; the holder answers on the platform and records who answered and what they wrote', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-batched.json'));
    const threads = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 2);
      return t.connector.newThreads();
    });
    const index = threads.findIndex((thread) => cardText(cardOf(thread.body)).includes('Norrvik jobb'));
    const activity = `activity-${index + 1}`;
    const key = { commentKey: 'facebook:122154839201746382_874629103847562' };
    const claimed = await t.click(ALEX, activity, 'claim', key);
    assert.match(cardText(claimed), /Svarsvakten kan inte publicera för det här kontot/);
    assert.ok(cardButtons(claimed).includes('Jag har svarat där'));
    assert.ok(cardButtons(claimed).includes('Öppna på Facebook'));
    assert.ok(!cardButtons(claimed).includes('Förhandsgranska svar'));
    const pasted = 'Hej Sara! Öppettiderna är rättade nu – simhallen stänger 19 på fredagar. /Alex';
    const card = await t.click(ALEX, activity, 'answered_there', { ...key, replyText: pasted });
    assert.match(cardText(card), /Besvarad av Alex/);
    assert.equal(t.graph.requests.length, 0);
    const history = await t.store.listHistory({
      platform: 'facebook',
      commentId: '122154839201746382_874629103847562',
    });
    assert.deepEqual(history.at(-1), {
      at: history.at(-1)?.at,
      by: 'Alex Wilber',
      action: 'answered_elsewhere',
      detail: pasted,
    });
  });
});
