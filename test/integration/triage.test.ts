import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { cardButtons, cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';

/** The data a card's button sends, found by its title anywhere in the card. */
function buttonData(card: unknown, title: string): Record<string, unknown> | undefined {
  const found = JSON.stringify(card).match(
    new RegExp(`"title":"${title}","data":(\\{[^}]*\\})|"data":(\\{[^}]*\\}),[^{}]*"title":"${title}"`),
  );
  const json = found?.[1] ?? found?.[2];
  return json ? (JSON.parse(json) as Record<string, unknown>) : undefined;
}

describe('comments that need no answer, closed at the speed they come in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await t.install();
  });
  after(() => t.stop(true));

  /** A resident's comment delivered by Meta: its card as posted in the channel, and its id. */
  async function delivered(text: string) {
    const writtenAt = Math.floor(Date.now() / 1000) - 60;
    const { body, commentId } = metaCommentDelivery({ pageId: PAGE, author: 'Lisa Holm', text, writtenAt });
    const before = t.connector.newThreads().length;
    assert.equal((await t.postMeta(body)).status, 200);
    const thread = await eventually(() => {
      const found = t.connector.newThreads()[before];
      assert.ok(found);
      return found;
    });
    return { card: cardOf(thread.body), commentId };
  }
  const posted = async (text: string) => (await delivered(text)).card;

  /** A reply to another resident's comment, in that comment's thread: its card, and its stored row. */
  async function residentReply(app: TestApp, text: string) {
    const writtenAt = Math.floor(Date.now() / 1000) - 60;
    const first = metaCommentDelivery({
      pageId: PAGE,
      author: 'Lisa Holm',
      text: 'Varför är gatan avstängd?',
      writtenAt,
    });
    assert.equal((await app.postMeta(first.body)).status, 200);
    // Its card first: a reply's card goes into that card's thread.
    const firstKey = { platform: 'facebook', commentId: first.commentId } as const;
    await eventually(async () => assert.ok((await app.store.get(firstKey))?.value.card));
    const postId = `${PAGE}_${first.commentId.split('_')[0]}`;
    const reply = metaCommentDelivery({
      pageId: PAGE,
      author: 'Omar Haddad',
      text,
      writtenAt: writtenAt + 30,
      postId,
      parentId: first.commentId,
    });
    const before = app.connector.calls.length;
    assert.equal((await app.postMeta(reply.body)).status, 200);
    const key = { platform: 'facebook', commentId: reply.commentId } as const;
    const card = await eventually(() => {
      const call = app.connector.calls
        .slice(before)
        .find((c) => c.method === 'POST' && c.status < 300 && JSON.stringify(c.body).includes('Omar Haddad'));
      assert.ok(call, 'the reply’s card is posted');
      return cardOf(call.body);
    });
    return { card, key };
  }

  for (const [text, suggestion, reason] of [
    ['😍😍👏', /Bara emoji – behöver troligen inget svar/, 'thanks_only'],
    ['Tack så mycket! 🙏', /Bara ett tack – behöver troligen inget svar/, 'thanks_only'],
    ['@lisa.andersson @omar_h', /Bara en tagg av någon annan – behöver troligen inget svar/, 'not_for_city'],
  ] as const) {
    it(`suggests closing “${text}” and closes it in one click with its reason`, async () => {
      const { card, commentId } = await delivered(text);
      assert.match(cardText(card), suggestion);
      assert.ok(cardButtons(card).includes('Stäng direkt'));
      const data = buttonData(card, 'Stäng direkt');
      assert.ok(data, 'the button carries its reason');
      const key = { platform: 'facebook', commentId } as const;
      const stored = await t.store.get(key);
      const closed = await t.click(ALEX, stored?.value.card?.activityId ?? '', 'no_reply', data);
      assert.match(cardText(closed), /Inget svar behövs/);
      const after = (await t.store.get(key))?.value;
      assert.equal(after?.state, 'no_reply');
      assert.equal(after?.closure?.reason, reason);
    });
  }

  it('suggests nothing for a comment that asks something', async () => {
    assert.doesNotMatch(cardText(await posted('Tack! När öppnar badet?')), /behöver troligen inget svar/);
  });

  it('says which language a comment is written in when it is not Swedish, so someone who reads it can take it', async () => {
    assert.match(
      cardText(await posted('مرحبا، متى يتم جمع القمامة في حينا؟ لم يأتوا منذ أسبوعين')),
      /Skriven på arabiska – kan någon i teamet läsa den\?/,
    );
    assert.doesNotMatch(
      cardText(await posted('När töms soptunnorna i Västra Hagen under julen?')),
      /Skriven på/,
    );
  });

  it('shows residents answering each other as such, and keeps to the city what names it', async () => {
    const { card, key } = await residentReply(t, 'Det är vattenledningen som byts, läste jag.');
    assert.match(cardText(card), /Ett svar till en annan invånare som inte vänder sig till staden/);
    assert.ok(cardButtons(card).includes('Stäng direkt'));
    assert.equal(
      (await t.store.get(key))?.value.state,
      'open',
      'a deadline like any comment (RESIDENT_REPLIES=suggest)',
    );
    const toCity = await residentReply(t, 'Det här får staden svara på.');
    assert.doesNotMatch(cardText(toCity.card), /Ett svar till en annan invånare/);
  });

  it('closes residents answering each other on arrival where the city has said so, reopenable by anyone trained', async () => {
    const app = await startTestApp({ env: { RESIDENT_REPLIES: 'close' } });
    try {
      await app.install();
      const { card, key } = await residentReply(app, 'Det är vattenledningen som byts, läste jag.');
      const stored = (await app.store.get(key))?.value;
      assert.equal(stored?.state, 'no_reply');
      assert.equal(stored?.closure?.reason, 'between_residents');
      assert.equal(stored?.closure?.by.name, 'Svarsvakten');
      assert.match(cardText(card), /Invånare svarar varandra/);
      assert.ok(cardButtons(card).includes('Återöppna'), 'anyone trained may reopen it');
      const toCity = await residentReply(app, 'Norrviks kommun borde säga hur länge gatan är avstängd.');
      assert.equal(
        (await app.store.get(toCity.key))?.value.state,
        'open',
        'one that names the city waits for it',
      );
    } finally {
      await app.stop(true);
    }
  });
});
