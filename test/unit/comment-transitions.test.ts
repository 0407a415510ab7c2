import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { isAppError } from '../../services/domain/app-error';
import type { Person, StoredComment } from '../../services/domain/comment';
import {
  applyPlatformChange,
  beginReply,
  claim,
  completeReply,
  failReply,
  release,
} from '../../services/domain/comment-transitions';
import { newStoredComment } from '../../services/domain/new-comment';

const now = DateTime.fromISO('2026-11-10T09:00:00Z');
const anna: Person = { id: 'aad-anna', name: 'Anna Svensson', firstName: 'Anna' };
const bo: Person = { id: 'aad-bo', name: 'Bo Ek', firstName: 'Bo' };
const comment: StoredComment = newStoredComment(
  {
    platform: 'facebook',
    commentId: '1_2',
    accountId: '1',
    postId: '1_1',
    authorId: '9',
    authorName: 'Resident',
    text: 'Hej!',
    writtenAt: '2026-11-10T07:42:13.000Z',
  },
  now,
);

const refusedWith = (code: string) => (error: unknown) => isAppError(error) && error.code === code;

describe('comment transitions', () => {
  it('starts open, due 24 hours after it was written', () => {
    assert.equal(comment.state, 'open');
    assert.equal(comment.deadline, '2026-11-11T07:42:13.000Z');
  });

  it('lets the first claimer have it and refuses the next, naming the holder', () => {
    const claimed = claim(comment, anna);
    assert.equal(claimed.holder?.name, 'Anna Svensson');
    assert.throws(
      () => claim(claimed, bo),
      (error) => isAppError(error, 'comment_already_claimed') && error.details.holder === 'Anna Svensson',
    );
    assert.equal(claim(claimed, anna), claimed);
  });

  it('signs a reply with the first name and refuses an empty one', () => {
    const claimed = claim(comment, anna);
    const plan = beginReply(claimed, anna, '  Hej, vi kollar!  ', now);
    assert.equal(plan.signedText, 'Hej, vi kollar!\n/Anna');
    assert.equal(plan.comment.state, 'sending');
    assert.throws(() => beginReply(claimed, anna, ' \n ', now), refusedWith('reply_empty'));
    assert.throws(() => beginReply(claimed, bo, 'Hej', now), refusedWith('comment_claimed_by_other'));
    assert.throws(() => beginReply(comment, anna, 'Hej', now), refusedWith('comment_not_claimed'));
  });

  it('refuses a second send while one is under way, but not once it has gone stale', () => {
    const sending = beginReply(claim(comment, anna), anna, 'Hej', now).comment;
    assert.throws(
      () => beginReply(sending, anna, 'Hej', now.plus({ seconds: 30 })),
      refusedWith('comment_reply_in_progress'),
    );
    assert.equal(beginReply(sending, anna, 'Hej', now.plus({ minutes: 3 })).comment.state, 'sending');
  });

  it('keeps the draft after a failed send and clears it once answered', () => {
    const sending = beginReply(claim(comment, anna), anna, 'Hej', now).comment;
    const failed = failReply(sending);
    assert.equal(failed.state, 'claimed');
    assert.equal(failed.draft, 'Hej');
    const answered = completeReply(sending, 'Hej\n/Anna', '1_99', now);
    assert.equal(answered.state, 'answered');
    assert.equal(answered.draft, undefined);
    assert.equal(answered.answer?.by.firstName, 'Anna');
    assert.throws(() => claim(answered, bo), refusedWith('comment_already_answered'));
  });

  it('returns a released comment to the queue, for its holder only', () => {
    const claimed = claim(comment, anna);
    assert.throws(() => release(claimed, bo, now), refusedWith('comment_claimed_by_other'));
    const released = release(claimed, anna, now);
    assert.equal(released.state, 'open');
    assert.equal(released.holder, undefined);
  });

  it('applies edits, removal and hiding from the platform', () => {
    const key = { platform: 'facebook' as const, commentId: '1_2' };
    const edited = applyPlatformChange(comment, {
      kind: 'edited',
      key,
      text: 'Hej igen',
      editedAt: '2026-11-10T08:00:00Z',
    });
    assert.equal(edited.text, 'Hej igen');
    const removed = applyPlatformChange(edited, { kind: 'removed', key, at: '2026-11-10T08:00:00Z' });
    assert.equal(removed.platformStatus, 'removed');
    assert.equal(applyPlatformChange(removed, { kind: 'hidden', key, at: '' }).platformStatus, 'removed');
    assert.throws(() => claim(removed, anna), refusedWith('comment_removed'));
  });
});
