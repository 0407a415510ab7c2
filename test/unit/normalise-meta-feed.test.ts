import assert from 'node:assert/strict';
import { normaliseMetaFeed } from '../../bot/webhooks/meta/normalise-meta-feed';
import { normaliseMetaInstagram } from '../../bot/webhooks/meta/normalise-meta-instagram';
import { normaliseLinkedIn } from '../../bot/webhooks/linkedin/normalise-linkedin';
import { normaliseMetaMessaging } from '../../bot/webhooks/meta/normalise-meta-messaging';
import { normaliseXActivity } from '../../bot/webhooks/x/normalise-x-activity';
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

describe('what a resident adds and posts on Facebook, Messenger and X', () => {
  const feed = (value: Record<string, unknown>) => ({
    object: 'page',
    entry: [{ id: '104857362918475', time: 1794302103, changes: [{ field: 'feed', value }] }],
  });

  it('keeps the photo of a photo comment', () => {
    const base = (
      parse('facebook-feed-comment-add.json') as {
        entry: { changes: { value: Record<string, unknown> }[] }[];
      }
    ).entry[0]!.changes[0]!.value;
    const { message: _message, ...noText } = base;
    const photo = 'https://scontent.xx.fbcdn.net/v/t39.1997-6/851557_369239266556155_759568595_n.png';
    const [event] = normaliseMetaFeed(feed({ ...noText, photo }));
    assert.deepEqual(event?.kind === 'new' ? [event.comment.text, event.comment.media] : [], [
      '',
      [{ kind: 'photo', url: photo }],
    ]);
  });

  it('takes a resident’s own post on the Page as an item, and not the Page’s own posts', () => {
    const post = {
      from: { id: '26518394720183745', name: 'Per Öberg' },
      item: 'status',
      verb: 'add',
      post_id: '104857362918475_122199999999999999',
      message: 'Gatlyktan utanför Lärkvägen 4 har varit släckt i en vecka.',
      created_time: 1794302000,
    };
    const [event] = normaliseMetaFeed(feed(post));
    assert.equal(event?.kind, 'new');
    if (event?.kind !== 'new') return;
    assert.deepEqual(
      [event.comment.commentId, event.comment.postId, event.comment.origin, event.comment.authorName],
      [
        '104857362918475_122199999999999999',
        '104857362918475_122199999999999999',
        'visitor_post',
        'Per Öberg',
      ],
    );
    assert.deepEqual(
      normaliseMetaFeed(feed({ ...post, from: { id: '104857362918475', name: 'Norrviks kommun' } })),
      [],
    );
  });

  it('keeps a Messenger image as media, with no words of its own', () => {
    const body = parse('messenger-message.json') as {
      entry: { messaging: { message: Record<string, unknown> }[] }[];
    };
    const message = body.entry[0]!.messaging[0]!.message;
    delete message.text;
    message.attachments = [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/bild.jpg' } }];
    const [event] = normaliseMetaMessaging(body);
    assert.deepEqual(event?.kind === 'new' ? [event.comment.text, event.comment.media] : [], [
      '',
      [{ kind: 'photo', url: 'https://scontent.xx.fbcdn.net/v/bild.jpg' }],
    ]);
  });

  it('keeps the photos and videos of a post on X', () => {
    const body = parse('x-tweet-create-reply.json') as { tweet_create_events: Record<string, unknown>[] };
    body.tweet_create_events[0]!.extended_entities = {
      media: [
        { type: 'photo', media_url_https: 'https://pbs.twimg.com/media/Fk1.jpg' },
        { type: 'animated_gif', media_url_https: 'https://pbs.twimg.com/tweet_video_thumb/Fk2.jpg' },
      ],
    };
    const [event] = normaliseXActivity(body, RECEIVED);
    assert.deepEqual(event?.kind === 'new' ? event.comment.media?.map((m) => m.kind) : [], ['photo', 'gif']);
  });
});

describe('the city’s own answers, as each platform sends them back', () => {
  it('reads the X account’s own reply as its answer to the post it replies to, and its own posts as nothing', () => {
    const body = parse('x-own-tweet.json') as { tweet_create_events: Record<string, unknown>[] };
    const [event] = normaliseXActivity(body, RECEIVED);
    assert.deepEqual(event?.kind === 'city_answer' ? [event.key, event.answerId] : [], [
      { platform: 'x', commentId: '2120241964920390779' },
      '2120425848310211829',
    ]);
    delete body.tweet_create_events[0]!.in_reply_to_status_id_str;
    assert.deepEqual(normaliseXActivity(body, RECEIVED), []);
  });

  it('reads LinkedIn’s ADMIN_COMMENT under a comment as the organization’s answer to it', () => {
    const body = parse('linkedin-comment-notification.json') as {
      notifications: Record<string, unknown>[];
    };
    const notification = body.notifications[0]!;
    notification.action = 'ADMIN_COMMENT';
    const comment = (notification.decoratedGeneratedActivity as { comment: Record<string, unknown> }).comment;
    comment.parentComment = 'urn:li:comment:(urn:li:activity:7094637247890620418,7094650000000000000)';
    const [event] = normaliseLinkedIn(body, RECEIVED);
    assert.deepEqual(event?.kind === 'city_answer' ? event.key : undefined, {
      platform: 'linkedin',
      commentId: 'urn:li:comment:(urn:li:activity:7094637247890620418,7094650000000000000)',
    });
    delete comment.parentComment;
    assert.deepEqual(normaliseLinkedIn(body, RECEIVED), [], 'its comment on its own post answers nobody');
  });
});
