import assert from 'node:assert/strict';
import { normaliseMetaFeed } from '../../bot/webhooks/meta/normalise-meta-feed';
import { normaliseMetaInstagram } from '../../bot/webhooks/meta/normalise-meta-instagram';
import { normaliseLinkedIn } from '../../bot/webhooks/linkedin/normalise-linkedin';
import { fixtureBytes } from '../support/test-app';

const parse = (name: string): unknown => JSON.parse(fixtureBytes(name).toString('utf8'));

describe('normaliseMetaFeed', () => {
  it('reads a new comment with its author, text, post and the time it was written', () => {
    const [event] = normaliseMetaFeed(parse('facebook-feed-comment-add.json'));
    assert.equal(event?.kind, 'new');
    if (event?.kind !== 'new') return;
    assert.deepEqual(event.comment, {
      platform: 'facebook',
      commentId: '122187654321098765_1184736291045827',
      accountId: '104857362918475',
      postId: '104857362918475_122187654321098765',
      postPermalink:
        'https://www.facebook.com/norrvikskommun/posts/pfbid02Vx7mQk3RtY9wLp4ZsD8nHcB6fJ1aGe5uKiTo2yXqNvWb7rMdLs3cEh9gPzFjA1l',
      permalink:
        'https://www.facebook.com/norrvikskommun/posts/pfbid02Vx7mQk3RtY9wLp4ZsD8nHcB6fJ1aGe5uKiTo2yXqNvWb7rMdLs3cEh9gPzFjA1l?comment_id=1184736291045827',
      authorId: '8734529103847562',
      authorName: 'Anna Lindqvist',
      text: 'Hej! Vilken dag töms soptunnorna i Västra Hagen under jul- och nyårshelgen? Vi har vanligtvis hämtning på torsdagar och julafton är ju en torsdag i år.',
      writtenAt: '2026-11-10T07:42:13.000Z',
    });
  });

  it('marks a reply to another comment with its parent', () => {
    const [event] = normaliseMetaFeed(parse('facebook-feed-comment-reply-add.json'));
    assert.equal(event?.kind === 'new' && event.comment.parentId, '122187654321098765_1184736291045827');
  });

  it("reads the Page's own comment under a comment as its answer, and leaves out reactions", () => {
    assert.deepEqual(normaliseMetaFeed(parse('facebook-feed-page-own-reply.json')), [
      {
        kind: 'city_answer',
        key: { platform: 'facebook', commentId: '122187654321098765_1184736291045827' },
        answerId: '122187654321098765_1201938475610293',
        text: 'Hej Anna! Under jul- och nyårsveckorna flyttas hämtningen en dag framåt. Har du hämtning torsdag 24/12 töms kärlet i stället fredag 25/12. Hela schemat finns på https://www.norrvik.se/avfall/helgdagar Vänliga hälsningar, Maria på kommunikationsavdelningen',
        writtenAt: '2026-11-10T09:15:02.000Z',
      },
    ]);
    const batched = normaliseMetaFeed(parse('facebook-feed-batched.json'));
    assert.deepEqual(
      batched.map((e) => e.kind),
      ['new', 'new'],
    );
  });

  it('reads edits (edited and edit), removals and hiding', () => {
    const [edited] = normaliseMetaFeed(parse('facebook-feed-comment-edited.json'));
    assert.equal(edited?.kind, 'edited');
    assert.match(edited?.kind === 'edited' ? edited.text : '', /Tack på förhand! 🙏/);
    const [removed] = normaliseMetaFeed(parse('facebook-feed-comment-remove.json'));
    assert.equal(removed?.kind, 'removed');
    const [hidden] = normaliseMetaFeed(parse('facebook-feed-comment-hide.json'));
    assert.equal(hidden?.kind, 'hidden');
    const legacyEdit = parse('facebook-feed-comment-edited.json') as {
      entry: { changes: { value: { verb: string } }[] }[];
    };
    const change = legacyEdit.entry[0]?.changes[0];
    if (change) change.value.verb = 'edit';
    assert.equal(normaliseMetaFeed(legacyEdit)[0]?.kind, 'edited');
  });

  it('gives nothing for deliveries that are not Page feed changes', () => {
    assert.deepEqual(normaliseMetaFeed({ object: 'instagram', entry: [] }), []);
    assert.deepEqual(normaliseMetaFeed({ object: 'page', entry: 'nope' }), []);
    assert.deepEqual(
      normaliseMetaFeed({ object: 'page', entry: [{ id: 1, changes: [{ field: 'feed', value: 7 }] }] }),
      [],
    );
    assert.deepEqual(normaliseMetaFeed(null), []);
  });
});

const RECEIVED = '2026-12-02T09:00:00.000Z';

describe('normaliseMetaInstagram', () => {
  it('reads a comment with its author, media and the account it was written to', () => {
    const [event] = normaliseMetaInstagram(parse('instagram-comment.json'), RECEIVED);
    assert.equal(event?.kind, 'new');
    if (event?.kind !== 'new') return;
    assert.equal(event.comment.platform, 'instagram');
    assert.equal(event.comment.accountId, '17841405822304914');
    assert.equal(event.comment.postId, '18047593826104937');
    assert.equal(event.comment.authorName, '@johanna.berg.nrv');
    assert.match(event.comment.text, /Östra Kyrkogatan också\? 🚗❄️/);
    assert.deepEqual(
      normaliseMetaInstagram(parse('instagram-own-account-reply.json'), RECEIVED).map((e) => [
        e.kind,
        e.kind === 'new' ? undefined : e.key,
      ]),
      [['city_answer', { platform: 'instagram', commentId: '17982364519027463' }]],
    );
  });

  it('dates a comment whose delivery carries no time by when it was received', () => {
    const body = parse('instagram-comment.json') as { entry: Record<string, unknown>[] };
    for (const entry of body.entry) delete entry.time;
    const [event] = normaliseMetaInstagram(body, RECEIVED);
    assert.equal(event?.kind === 'new' ? event.comment.writtenAt : undefined, RECEIVED);
  });
});

describe('normaliseLinkedIn', () => {
  it('reads the comment text at comment.text or at comment.message.text', () => {
    const body = parse('linkedin-comment-notification.json') as {
      notifications: { decoratedGeneratedActivity: { comment: Record<string, unknown> } }[];
    };
    const [first] = normaliseLinkedIn(body, RECEIVED);
    assert.match(first?.kind === 'new' ? first.comment.text : '', /Finns det möjlighet till deltid/);
    const comment = body.notifications[0]?.decoratedGeneratedActivity.comment ?? {};
    comment.message = { text: comment.text };
    delete comment.text;
    const [second] = normaliseLinkedIn(body, RECEIVED);
    assert.match(second?.kind === 'new' ? second.comment.text : '', /Finns det möjlighet till deltid/);
  });
});
