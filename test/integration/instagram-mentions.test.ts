import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const ACCOUNT = '17841405822304914';
const MENTION = '17990011223344556';
const MEDIA = '18111222333444555';

/** Instagram's `mentions` webhook: ids only, as Meta sends it. */
function mentionDelivery(): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: ACCOUNT,
          time: 1794470540,
          changes: [{ field: 'mentions', value: { media_id: MEDIA, comment_id: MENTION } }],
        },
      ],
    }),
  );
}

describe('Instagram @mentions of the account', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({
      env: { ACCOUNTS_FILE: 'test/fixtures/accounts-all.json', META_PAGE_TOKEN_17841405822304914: 'tok' },
    });
    await t.install();
  });
  afterEach(() => t.stop(true));

  const card = () => cardText(cardOf(t.connector.newThreads()[0]?.body ?? {}));

  it('fetches the text the webhook leaves out, makes a card, and answers on the mentions edge', async () => {
    t.graph.mentions.set(MENTION, {
      id: MENTION,
      text: '@norrvikskommun varför är lekparken vid Stortorget avstängd?',
      timestamp: '2026-11-12T08:15:00+0000',
      username: 'lisa.andersson',
      media: { id: MEDIA, permalink: 'https://www.instagram.com/p/C1a2b3c4d5/' },
    });
    assert.equal((await t.postMeta(mentionDelivery())).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    assert.match(card(), /@lisa\.andersson skrev/);
    assert.match(card(), /varför är lekparken vid Stortorget avstängd\?/);
    assert.match(card(), /Nämner kontot i en kommentar på Instagram/);
    const stored = (await t.store.get({ platform: 'instagram', commentId: MENTION }))?.value;
    assert.equal(stored?.writtenAt, '2026-11-12T08:15:00.000Z');

    const key = { commentKey: `instagram:${MENTION}` };
    const activityId = stored?.card?.activityId ?? '';
    await t.click(ALEX, activityId, 'claim', key);
    const answered = await t.click(ALEX, activityId, 'reply', {
      ...key,
      replyText: 'Hej Lisa! Den öppnar på måndag.',
    });
    assert.match(cardText(answered), /Besvarad av Alex/);
    const publish = t.graph.requests.find((r) => r.method === 'POST');
    assert.equal(publish?.path, `/v24.0/${ACCOUNT}/mentions`);
    assert.deepEqual(
      { media: publish?.body.media_id, comment: publish?.body.comment_id },
      { media: MEDIA, comment: MENTION },
    );
  });

  it('stores a mention whose text Instagram does not give, and says on the card to read it there', async () => {
    assert.equal((await t.postMeta(mentionDelivery())).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    assert.match(card(), /Texten kunde inte hämtas från Instagram – läs den där\./);
    assert.ok(await t.store.get({ platform: 'instagram', commentId: MENTION }));
  });
});
