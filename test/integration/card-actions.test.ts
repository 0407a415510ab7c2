import assert from 'node:assert/strict';
import { graphAnswerFromFixture } from '../fakes/meta-graph';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, MEGAN } from '../support/teams-activities';
import { fixtureBytes, PAGE_TOKEN, startTestApp, type TestApp } from '../support/test-app';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const DRAFT = 'Hej Anna! Hämtningen flyttas till fredag 25/12 under julveckan.';

describe('card actions', () => {
  let t: TestApp;
  let activityId: string;

  beforeEach(async () => {
    t = await startTestApp();
    await t.install();
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    activityId = await eventually(() => {
      const [thread] = t.connector.newThreads();
      assert.ok(thread);
      return `activity-1`;
    });
  });
  afterEach(() => t.stop(true));

  const lastUpdate = () => cardText(cardOf(t.connector.updatesOf(activityId).at(-1)?.body ?? {}));

  describe('Ta (claim)', () => {
    it('shows the claimer on the card for everyone', async () => {
      const card = await t.click(ALEX, activityId, 'claim', KEY);
      assert.match(cardText(card), /Tagen av Alex Wilber/);
      assert.ok(cardButtons(card).includes('Förhandsgranska svar'));
      assert.ok(cardButtons(card).includes('Släpp'));
      await eventually(() => assert.match(lastUpdate(), /Tagen av Alex Wilber/));
    });

    it('lets only one of two simultaneous claims win, and tells the other who has it', async () => {
      const [alexCard, meganCard] = await Promise.all([
        t.click(ALEX, activityId, 'claim', KEY),
        t.click(MEGAN, activityId, 'claim', KEY),
      ]);
      const stored = await t.store.get(COMMENT);
      const winner = stored?.value.holder?.name;
      assert.ok(winner === 'Alex Wilber' || winner === 'Megan Bowen');
      const loserCard = winner === 'Alex Wilber' ? meganCard : alexCard;
      assert.match(cardText(loserCard), new RegExp(`${winner} har redan tagit den här kommentaren`));
      assert.match(cardText(loserCard), new RegExp(`Tagen av ${winner}`));
    });

    it('changes nothing when the claimer clicks Ta again (Teams retries slow invokes)', async () => {
      await t.click(ALEX, activityId, 'claim', KEY);
      const before = await t.store.get(COMMENT);
      const again = await t.click(ALEX, activityId, 'claim', KEY);
      assert.match(cardText(again), /Tagen av Alex Wilber/);
      assert.equal((await t.store.get(COMMENT))?.etag, before?.etag);
    });
  });

  describe('Släpp (release)', () => {
    it('gives the comment back to the queue', async () => {
      await t.click(ALEX, activityId, 'claim', KEY);
      const card = await t.click(ALEX, activityId, 'release', KEY);
      assert.match(cardText(card), /Ny – ingen har tagit den/);
      assert.deepEqual(cardButtons(card)[0], 'Ta');
      await eventually(() => assert.match(lastUpdate(), /Ny – ingen har tagit den/));
    });

    it('is refused for someone who does not hold the comment', async () => {
      await t.click(ALEX, activityId, 'claim', KEY);
      const card = await t.click(MEGAN, activityId, 'release', KEY);
      assert.match(cardText(card), /Det är Alex Wilber som har den här kommentaren/);
      assert.equal((await t.store.get(COMMENT))?.value.holder?.name, 'Alex Wilber');
    });
  });

  describe('Skicka svar (reply)', () => {
    beforeEach(() => t.click(ALEX, activityId, 'claim', KEY));

    it("publishes the reply to the Graph API signed with the claimer's first name, and marks it answered", async () => {
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      const [request] = t.graph.requests;
      assert.equal(request?.method, 'POST');
      assert.equal(request?.path, `/v24.0/${COMMENT.commentId}/comments`);
      assert.equal(request?.authorization, `Bearer ${PAGE_TOKEN}`);
      assert.equal(request?.body.message, `${DRAFT}\n/Alex`);
      assert.match(cardText(card), /Besvarad av Alex/);
      assert.match(cardText(card), /Hämtningen flyttas till fredag 25\/12/);
      assert.deepEqual(cardButtons(card), ['Återöppna', 'Öppna på Facebook']);
      await eventually(() => assert.match(lastUpdate(), /Besvarad av Alex/));
      const stored = await t.store.get(COMMENT);
      assert.equal(stored?.value.state, 'answered');
      assert.equal(stored?.value.sent[0]?.text, `${DRAFT}\n/Alex`);
      assert.ok(stored?.value.firstResponseAt);
    });

    it('refuses someone who has not claimed the comment, and sends nothing', async () => {
      const card = await t.click(MEGAN, activityId, 'reply', { ...KEY, replyText: DRAFT });
      assert.match(cardText(card), /Det är Alex Wilber som har den här kommentaren/);
      assert.equal(t.graph.requests.length, 0);
    });

    it('refuses an empty reply and sends nothing', async () => {
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: '   ' });
      assert.match(cardText(card), /Skriv ett svar innan du skickar/);
      assert.equal(t.graph.requests.length, 0);
    });

    it('says how much too long a reply is, keeps the draft and sends nothing', async () => {
      const long = 'å'.repeat(8000);
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: long });
      // 8000 letters + newline + "/Alex" is 6 characters over Facebook's 8000.
      assert.match(cardText(card), /Svaret är 6 tecken för långt/);
      assert.ok(cardText(card).includes(long));
      assert.equal(t.graph.requests.length, 0);
    });

    const failures: [string, string, RegExp][] = [
      ['an expired token (code 190)', 'facebook-error-expired-token.json', /kontot behöver anslutas igen/],
      [
        'the app rate limit (code 4)',
        'facebook-error-rate-limit.json',
        /tar inte emot fler anrop just nu\. Försök igen om en stund/,
      ],
      ['the Page rate limit (code 32)', 'facebook-error-page-rate-limit.json', /Försök igen om 14 minuter/],
      ['the rate limit (code 613)', 'facebook-error-613.json', /tar inte emot fler anrop just nu/],
    ];
    for (const [what, fixture, message] of failures) {
      it(`keeps the draft and the claim when Meta answers with ${what}, and says so in Swedish`, async () => {
        // Svarsvakten retries a transient refusal a few times before telling the person: Meta keeps refusing.
        t.graph.script.push(
          graphAnswerFromFixture(fixture),
          graphAnswerFromFixture(fixture),
          graphAnswerFromFixture(fixture),
        );
        const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
        assert.match(cardText(card), message);
        assert.match(cardText(card), /Ditt utkast finns kvar/);
        assert.ok(cardText(card).includes(DRAFT));
        const stored = await t.store.get(COMMENT);
        assert.equal(stored?.value.state, 'claimed');
        assert.equal(stored?.value.draft, DRAFT);
        assert.deepEqual(stored?.value.sent, []);
      });
    }

    it('says the comment is gone when Meta no longer has it', async () => {
      t.graph.script.push({
        status: 400,
        body: {
          error: {
            message:
              "Unsupported post request. Object with ID '122187654321098765_1184736291045827' does not exist",
            type: 'GraphMethodException',
            code: 100,
            error_subcode: 33,
          },
        },
      });
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      assert.match(cardText(card), /kommentaren finns inte längre på plattformen/);
      assert.equal((await t.store.get(COMMENT))?.value.state, 'claimed');
    });

    it('retries a one-off rate limit by itself and publishes once', async () => {
      t.graph.script.push(graphAnswerFromFixture('facebook-error-rate-limit.json'));
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      assert.match(cardText(card), /Besvarad av Alex/);
      assert.equal(t.graph.requests.length, 2);
    });

    it('lets the claimer send again after a failure, and then publishes once', async () => {
      t.graph.script.push(graphAnswerFromFixture('facebook-error-page-rate-limit.json'));
      await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      const card = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      assert.match(cardText(card), /Besvarad av Alex/);
      assert.equal(t.graph.requests.length, 2);
      const again = await t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT });
      assert.match(cardText(again), /Kommentaren är redan hanterad/);
      assert.equal(t.graph.requests.length, 2);
    });

    it('publishes once when the same click arrives twice at the same time', async () => {
      const [first, second] = await Promise.all([
        t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT }),
        t.click(ALEX, activityId, 'reply', { ...KEY, replyText: DRAFT }),
      ]);
      assert.equal(t.graph.requests.length, 1);
      const texts = [cardText(first), cardText(second)].join('\n');
      assert.match(texts, /Besvarad av Alex/);
      assert.match(texts, /Svaret håller på att skickas|redan hanterad/);
    });
  });

  it('refuses a click whose data names no comment it knows', async () => {
    const forged = await t.click(ALEX, activityId, 'claim', { commentKey: 'facebook:999_999' });
    assert.match(cardText(forged), /finns inte längre i Svarsvakten/);
    const malformed = await t.click(ALEX, activityId, 'claim', { commentKey: 'twitter:../../x' });
    assert.match(cardText(malformed), /Det gick inte att förstå knapptrycket/);
    const unknownVerb = await t.click(ALEX, activityId, 'delete-everything', KEY);
    assert.match(cardText(unknownVerb), /Det gick inte att förstå knapptrycket/);
    assert.equal((await t.store.get(COMMENT))?.value.state, 'open');
  });
});
