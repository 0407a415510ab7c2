import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { anonymise } from '../../services/domain/retention';
import { ALEX, answered } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';
import { testKeyedIds } from '../support/keyed-ids';

const COMMENT = answered(
  newStoredComment(
    facebookComment('1184736291045827', {
      authorId: '6120000000000001',
      text: 'Soptunnorna på Lindängen har inte tömts.',
      writtenAt: '2026-11-10T08:00:00.000Z',
      permalink: 'https://www.facebook.com/104729384756102/posts/1?comment_id=1184736291045827',
    }),
    DateTime.fromISO('2026-11-10T08:00:00.000Z'),
  ),
  '2026-11-10T09:00:00.000Z',
);

describe('what a purged comment keeps', () => {
  it('drops a field the records plan does not name, whatever it holds', () => {
    // A field comments may carry one day (a note, a translation): until the records plan names it, it goes.
    const later = {
      ...COMMENT,
      translation: 'The bins at Lindängen, says Anna Lindqvist',
    } as unknown as StoredComment;
    const kept = anonymise(later, '2027-02-10T09:00:00.000Z', testKeyedIds);
    assert.doesNotMatch(JSON.stringify(kept), /Anna|Lindqvist|Lindängen|1184736291045827|6120000000000001/);
    assert.equal('translation' in kept, false);
  });

  it('keeps what the figures and the record of handling need', () => {
    const kept = anonymise(COMMENT, '2027-02-10T09:00:00.000Z', testKeyedIds);
    assert.deepEqual(
      [kept.platform, kept.accountId, kept.writtenAt, kept.deadline, kept.state, kept.holder?.name],
      ['facebook', '104729384756102', '2026-11-10T08:00:00.000Z', COMMENT.deadline, 'answered', ALEX.name],
    );
    assert.equal(kept.closure?.at, '2026-11-10T09:00:00.000Z');
    assert.equal(kept.anonymisedAt, '2027-02-10T09:00:00.000Z');
  });

  it('keys the id of a resident’s own post that a comment was written on, as it keys the comment’s', () => {
    const visitorPost = '104729384756102_998877665544332';
    const onIt = { ...COMMENT, postId: visitorPost, conversation: { rootId: visitorPost } };
    const kept = anonymise(onIt, '2027-02-10T09:00:00.000Z', testKeyedIds);
    assert.equal(kept.postId, testKeyedIds({ platform: 'facebook', commentId: visitorPost }));
    assert.deepEqual(kept.conversation, { rootId: kept.postId }, 'still in the conversation the post starts');
    const onCityPost = anonymise(COMMENT, '2027-02-10T09:00:00.000Z', testKeyedIds);
    assert.equal(onCityPost.postId, COMMENT.postId, 'the city’s own post keeps its id, for the figures');
  });
});
