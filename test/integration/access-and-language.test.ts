import assert from 'node:assert/strict';
import { graphAnswerFromFixture } from '../fakes/meta-graph';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import {
  FIXTURE_COMMENT as COMMENT,
  FIXTURE_KEY as KEY,
  FIXTURE_CARD as ACTIVITY,
  startWithCommentCard,
} from '../support/with-comment-card';

const withComment = (env: Record<string, string> = {}) => startWithCommentCard({ env });

describe('who acts, in which language, and at the same time', () => {
  let t: TestApp;
  afterEach(() => t?.stop(true));

  const stored = async () => (await t.store.get(COMMENT))?.value;
  const shownToEveryone = () => cardText(cardOf(t.connector.updatesOf(ACTIVITY).at(-1)?.body ?? {}));

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

    it('links the training on Komin and names whom to ask, where the city has said', async () => {
      await t.stop(true);
      t = await withComment({
        TRAINING_URL: 'https://komin.malmo.se/utbildning/sociala-medier',
        TRAINING_CONTACT: 'Kommunikationsavdelningen, sociala.medier@malmo.se',
      });
      const card = cardText(await t.click(ISAIAH, ACTIVITY, 'claim', KEY));
      assert.match(
        card,
        /Utbildningen finns på \[Komin\]\(https:\/\/komin\.malmo\.se\/utbildning\/sociala-medier\)\./,
      );
      assert.match(card, /Frågor om utbildningen: Kommunikationsavdelningen, sociala\.medier@malmo\.se\./);
      assert.equal((await stored())?.state, 'open');
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

    it('keeps every change of who may do what, and every export, in behörighet historik', async () => {
      await t.say(ALEX, 'behörighet lägg till', [ISAIAH], 'inskolning');
      await t.say(ALEX, 'verksamhet lägg till Avfall');
      await t.say(ALEX, 'bevakning lägg till', [MEGAN]);
      const saved = await fetch(`${t.url}/api/overview/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Sophämtning', text: 'Hej {namn}! Läs mer på {länk}', scope: 'all' }),
      });
      assert.equal(saved.status, 200);
      assert.equal((await fetch(`${t.url}/api/overview/export.csv?weeks=4`)).status, 200);
      await t.say(ALEX, 'verksamhet ta bort Avfall');

      const history = await t.say(ALEX, 'behörighet historik');
      for (const line of [
        /gav behörighet till Isaiah Langer \(aad-isaiah\) – inskolning/,
        /kopplade verksamheten Avfall \(Avfall\) → kanal /,
        /gav bevakning till Megan Bowen/,
        /sparade svarsmallen Sophämtning/,
        /tog ut svarsvakten.csv \(svarsvakten\) – \d{4}-\d{2}-\d{2}–\d{4}-\d{2}-\d{2}/,
        /tog bort verksamheten Avfall/,
      ])
        assert.match(history, line);
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

    it('answers a command in the language its writer reads Teams in, and keeps the history Swedish', async () => {
      const english = (text: string) =>
        assert.doesNotMatch(text, /\b(och|inte|kommentarer|Får|tillagd|av)\b/, text);
      const help = await t.say(ALEX, 'hjälp', [], '', 'en-US');
      assert.match(help, /Shows who may handle comments/);
      assert.match(help, /\*\*behörighet lista\*\*/, 'the command words stay those the bot reads');
      const added = await t.say(ALEX, 'behörighet lägg till', [MEGAN], 'godkännare', 'en-GB');
      assert.match(added, /Megan Bowen \(.+\) can now handle comments in Svarsvakten\. They also approve/);
      english(added);
      const listed = await t.say(ALEX, 'behörighet lista', [], '', 'en-US');
      assert.match(listed, /May handle comments/);
      assert.match(listed, /Megan Bowen .*added by Alex Wilber – approver/);
      english(listed);
      const refused = await t.say(ISAIAH, 'behörighet lägg till', [MEGAN], '', 'en-US');
      assert.match(refused, /admin/i);
      english(refused);
      const history = await t.say(ALEX, 'behörighet historik', [], '', 'sv-SE');
      assert.match(history, /gav behörighet till Megan Bowen .* – godkännare/);
      assert.match(await t.say(ALEX, 'behörighet lista', [], '', 'sv-SE'), /Får hantera kommentarer/);
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
