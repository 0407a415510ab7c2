import assert from 'node:assert/strict';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';
const PHOTO = 'https://scontent.xx.fbcdn.net/v/t39.1997-6/851557_369239266556155_759568595_n.png';

function feed(value: Record<string, unknown>): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'page',
      entry: [{ id: PAGE, time: 1794302103, changes: [{ field: 'feed', value }] }],
    }),
  );
}

const VISITOR_POST = {
  from: { id: '26518394720183745', name: 'Per Öberg' },
  item: 'status',
  verb: 'add',
  post_id: `${PAGE}_122199999999999999`,
  message: 'Gatlyktan utanför Lärkvägen 4 har varit släckt i en vecka.',
  created_time: 1794302000,
};

describe('everything a resident writes on the Page becomes an item', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.install();
  });
  afterEach(() => t.stop(true));

  const posted = () => t.connector.newThreads().map((call) => cardOf(call.body));

  it('shows the photo of a photo comment on its card, instead of "(ingen text)"', async () => {
    const comment = JSON.parse(fixtureBytes('facebook-feed-comment-add.json').toString('utf8')) as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    const { message: _message, ...value } = comment.entry[0]!.changes[0]!.value;
    await t.postMeta(feed({ ...value, photo: PHOTO }));
    await eventually(() => assert.equal(posted().length, 1));
    const card = JSON.stringify(posted()[0]);
    assert.ok(card.includes(`"type":"Image","url":"${PHOTO}"`), 'the photo is on the card');
    assert.doesNotMatch(cardText(posted()[0]), /\(ingen text\)/);
  });

  it('shows no image from anywhere but the platform’s own media hosts', async () => {
    const comment = JSON.parse(fixtureBytes('facebook-feed-comment-add.json').toString('utf8')) as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    await t.postMeta(
      feed({ ...comment.entry[0]!.changes[0]!.value, photo: 'https://evil.example/track.png' }),
    );
    await eventually(() => assert.equal(posted().length, 1));
    assert.ok(!JSON.stringify(posted()[0]).includes('evil.example'));
    assert.match(cardText(posted()[0]), /🖼️ Bild/);
  });

  it('makes a card of a resident’s own post on the Page, and counts the Page’s answer under it', async () => {
    await t.postMeta(feed(VISITOR_POST));
    await eventually(() => assert.equal(posted().length, 1));
    const text = cardText(posted()[0]);
    assert.match(text, /Per Öberg/);
    assert.match(text, /Gatlyktan utanför Lärkvägen 4/);
    assert.match(text, /Inlägg av en besökare på sidan/);
    await t.postMeta(
      feed({
        from: { id: PAGE, name: 'Norrviks kommun' },
        item: 'comment',
        verb: 'add',
        post_id: VISITOR_POST.post_id,
        parent_id: VISITOR_POST.post_id,
        comment_id: '122199999999999999_5',
        message: 'Hej Per! Vi har felanmält lyktan. /Sara',
        created_time: 1794302500,
      }),
    );
    const key = { platform: 'facebook', commentId: VISITOR_POST.post_id } as const;
    await eventually(async () => assert.equal((await t.store.get(key))?.value.state, 'answered'));
    await t.postMeta(
      feed({ ...VISITOR_POST, from: { id: PAGE, name: 'Norrviks kommun' }, post_id: `${PAGE}_2` }),
    );
    await t.app.outbox.sweep();
    assert.equal(posted().length, 1, 'the Page’s own post is nothing to answer');
  });
});
