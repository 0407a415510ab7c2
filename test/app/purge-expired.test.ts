import assert from 'node:assert/strict';
import { messengerSenderKey } from '../../services/app/conversations/join-conversation';
import type { purgeExpired } from '../../services/app/records/purge-expired';
import { runPurge } from './run-purge';
import { newStoredComment } from '../../services/domain/new-comment';
import { InMemoryConversationIndex } from '../fakes/memory/in-memory-conversation-index';
import { answered } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';
import { testKeyedIds } from '../support/keyed-ids';
import { useCaseWorld } from './use-case-world';
import { APPROVER, TRAINEE, clickWorld } from './click-world';

/** The purge over a world whose one comment is due: the comment as it is kept afterwards. */
async function purgedOnce(
  world: ReturnType<typeof useCaseWorld>,
  more: Partial<Parameters<typeof purgeExpired>[0]> = {},
) {
  const purged = await runPurge(world, { archives: 'by other means', ...more });
  assert.equal(purged, 1);
  return (await world.store.listWrittenSince('2026-01-01T00:00:00.000Z'))[0];
}

describe('use case: purge what the records plan no longer keeps', () => {
  it('forgets the words a reply quoted, its photos and what leads to it, keeping the conversation it was in', async () => {
    const world = useCaseWorld('2026-12-02T09:00');
    const index = new InMemoryConversationIndex();
    const message = answered(
      {
        ...newStoredComment(
          {
            platform: 'messenger',
            commentId: 'm_1',
            accountId: '104857362918475',
            postId: '',
            authorId: '7023958164728391',
            authorName: '',
            text: 'Lampan på Björkvägen 12 är trasig.',
            writtenAt: '2026-09-01T08:00:00.000Z',
            media: [{ kind: 'photo', url: 'https://scontent.xx.fbcdn.net/v/lampa.jpg' }],
          },
          world.clock.now(),
        ),
        conversation: {
          rootId: 'm_0',
          parentText: 'Hej, gatlampan …',
          cityAnswer: { text: 'Hej! /Anna', at: '' },
        },
        sent: [
          {
            kind: 'reply' as const,
            text: 'Tack! /Anna',
            by: { id: 'a', name: 'Anna', firstName: 'Anna' },
            at: '',
            platformReplyId: 'm_answer',
          },
        ],
      },
      '2026-09-01T09:00:00.000Z',
    );
    await world.store.insertNew(message);
    await index.remember(messengerSenderKey(message), message);
    await index.remember({ platform: 'messenger', commentId: 'm_answer' }, message);
    await purgedOnce(world, { conversationIndex: index });
    const keyed = (commentId: string) => testKeyedIds({ platform: 'messenger', commentId });
    assert.equal(await world.store.get(message), undefined, 'nothing is found by the platform’s id any more');
    const kept = (await world.store.get({ platform: 'messenger', commentId: keyed('m_1') }))?.value;
    assert.deepEqual(kept?.conversation, { rootId: keyed('m_0') }, 'still in its conversation, by keyed id');
    assert.equal(kept?.media, undefined);
    assert.equal(kept?.text, '');
    assert.doesNotMatch(JSON.stringify(kept), /m_1|m_0|m_answer|7023958164728391|Björkvägen|lampa/);
    assert.equal(await index.find(messengerSenderKey(message)), undefined);
    assert.equal(await index.find({ platform: 'messenger', commentId: 'm_answer' }), undefined);
    assert.equal(await world.store.insertNew(message), undefined, 'sent again, it is a duplicate, not new');
  });

  it('keeps nothing of an approved trainee’s answer once purged', async () => {
    const w = await clickWorld();
    await w.click(TRAINEE, 'claim');
    await w.click(TRAINEE, 'reply', { draft: 'Hej Anna! Soporna töms på fredag.' });
    await w.click(APPROVER, 'approve');
    assert.equal((await w.stored()).state, 'answered');
    w.clock.set('2027-02-01T09:00');
    const kept = await purgedOnce(w);
    assert.doesNotMatch(JSON.stringify(kept), /Anna|fredag/);
  });

  it('keeps no X post id a mention hung from once purged: it may be the resident’s own tweet', async () => {
    const world = useCaseWorld('2027-02-01T09:00');
    const mention = answered(
      newStoredComment(
        {
          platform: 'x',
          commentId: '1864022112233445566',
          accountId: '1589000000000000000',
          postId: '1864011122334455667',
          parentId: '1864011122334455667',
          authorId: '44196397',
          authorName: '@granne',
          text: '@malmostad när töms soporna?',
          writtenAt: '2026-12-01T08:00:00.000Z',
        },
        world.clock.now().minus({ days: 60 }),
      ),
      '2026-12-01T09:00:00.000Z',
    );
    await world.store.insertNew(mention);
    const kept = await purgedOnce(world);
    assert.doesNotMatch(JSON.stringify(kept), /1864011122334455667|1864022112233445566|44196397/);
  });

  it('takes the purged comment’s words out of the replies that quoted it, which still find their conversation', async () => {
    const world = useCaseWorld('2027-02-01T09:00');
    const root = answered(
      newStoredComment(
        facebookComment('1184736291045827', { text: 'Varför töms inte soptunnorna i Västra Hagen?' }),
        world.clock.now().minus({ days: 60 }),
      ),
      '2026-12-01T09:00:00.000Z',
    );
    await world.store.insertNew(root);
    const reply = {
      ...newStoredComment(
        facebookComment('1184736291049999', {
          text: 'Samma här, ingen tömning på två veckor.',
          parentId: root.commentId,
        }),
        world.clock.now().minus({ days: 1 }),
      ),
      conversation: {
        rootId: root.commentId,
        parentText: 'Varför töms inte soptunnorna i Västra Hagen?',
        cityAnswer: { text: 'Hej Anna! Vi tömmer på fredag.', at: '2026-12-01T09:00:00.000Z' },
      },
    };
    await world.store.insertNew(reply);
    await purgedOnce(world);
    const kept = (await world.store.get(reply))?.value;
    const keyed = testKeyedIds(root);
    assert.deepEqual(kept?.conversation, { rootId: keyed }, 'in the same conversation, by its keyed id');
    assert.equal(kept?.parentId, keyed);
    assert.equal(
      kept?.text,
      'Samma här, ingen tömning på två veckor.',
      'its own words stay until its own purge',
    );
    assert.doesNotMatch(JSON.stringify(kept), /Västra Hagen|Hej Anna|1184736291045827/);
  });
});
