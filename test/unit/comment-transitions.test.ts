import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { isAppError } from '../../services/domain/app-error';
import type { Person } from '../../services/domain/person';
import type { StoredComment } from '../../services/domain/comment';
import {
  applyPlatformChange,
  beginSend,
  claim,
  closeCase,
  closeWithoutReply,
  completeSend,
  failSend,
  openCase,
  release,
  reopen,
  takeOver,
} from '../../services/domain/comment-transitions';
import { moderate } from '../../services/domain/moderation-transitions';
import { newStoredComment } from '../../services/domain/new-comment';

const now = DateTime.fromISO('2026-11-10T09:00:00Z');
const anna: Person = { id: 'aad-anna', name: 'Anna Svensson', firstName: 'Anna' };
const bo: Person = { id: 'aad-bo', name: 'Bo Ek', firstName: 'Bo' };
const platina = { pattern: /^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/, example: 'KS-2026-01234' };
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
const claimed = claim(comment, anna, now).comment;
const sendReply = (from: StoredComment, text = 'Hej, vi kollar!') =>
  beginSend(from, anna, 'reply', `${text}\n/Anna`, text, now).comment;

describe('comment transitions', () => {
  it('starts open, due 24 hours after it was written', () => {
    assert.equal(comment.state, 'open');
    assert.equal(comment.deadline, '2026-11-11T07:42:13.000Z');
  });

  it('lets the first claimer have it, refuses the next naming the holder, and records it', () => {
    const { comment: mine, event } = claim(comment, anna, now);
    assert.equal(mine.holder?.name, 'Anna Svensson');
    assert.deepEqual(event, { at: '2026-11-10T09:00:00.000Z', by: 'Anna Svensson', action: 'claimed' });
    assert.throws(
      () => claim(mine, bo, now),
      (e) => isAppError(e, 'comment_already_claimed') && e.details.holder === 'Anna Svensson',
    );
    assert.equal(claim(mine, anna, now).comment, mine);
  });

  it('lets someone take over, naming the previous holder', () => {
    const { comment: taken, event } = takeOver(claimed, bo, now);
    assert.equal(taken.holder?.id, 'aad-bo');
    assert.equal(taken.previousHolder?.name, 'Anna Svensson');
    assert.equal(event?.detail, 'från Anna Svensson');
  });

  it('refuses an empty reply and a reply by someone who does not hold it', () => {
    assert.throws(
      () => beginSend(claimed, anna, 'reply', '\n/Anna', ' \n ', now),
      refusedWith('reply_empty'),
    );
    assert.throws(
      () => beginSend(claimed, bo, 'reply', 'Hej\n/Bo', 'Hej', now),
      refusedWith('comment_claimed_by_other'),
    );
    assert.throws(
      () => beginSend(comment, anna, 'reply', 'Hej\n/Anna', 'Hej', now),
      refusedWith('comment_not_claimed'),
    );
  });

  it('refuses a second send while one is under way, but not once it has gone stale', () => {
    const sending = sendReply(claimed);
    assert.throws(
      () => beginSend(sending, anna, 'reply', 'x', 'x', now.plus({ seconds: 30 })),
      refusedWith('comment_reply_in_progress'),
    );
    assert.equal(
      beginSend(sending, anna, 'reply', 'x', 'x', now.plus({ minutes: 3 })).comment.state,
      'sending',
    );
  });

  it('keeps the draft after a failed send and records the exact text once answered', () => {
    const sending = sendReply(claimed);
    const failed = failSend(sending, 'platform_rate_limited', now);
    assert.equal(failed.comment.state, 'claimed');
    assert.equal(failed.comment.draft, 'Hej, vi kollar!');
    assert.equal(failed.event?.action, 'reply_failed');
    const answered = completeSend(sending, '1_99', now);
    assert.equal(answered.comment.state, 'answered');
    assert.equal(answered.comment.draft, undefined);
    assert.equal(answered.comment.sent[0]?.text, 'Hej, vi kollar!\n/Anna');
    assert.equal(answered.comment.firstResponseAt, '2026-11-10T09:00:00.000Z');
    assert.equal(answered.event?.detail, 'Hej, vi kollar!\n/Anna');
    assert.throws(() => claim(answered.comment, bo, now), refusedWith('comment_closed'));
  });

  it('keeps a comment open after the holding reply (P4), meeting the first-response deadline', () => {
    const sending = beginSend(claimed, anna, 'holding_reply', 'Vi har sett den\n/Anna', '', now).comment;
    const acknowledged = completeSend(sending, '1_100', now).comment;
    assert.equal(acknowledged.state, 'acknowledged');
    assert.equal(acknowledged.firstResponseAt, '2026-11-10T09:00:00.000Z');
    assert.throws(
      () => beginSend(acknowledged, anna, 'holding_reply', 'x', '', now),
      refusedWith('comment_already_acknowledged'),
    );
    const later = completeSend(sendReply(acknowledged, 'Svaret'), '1_101', now.plus({ hours: 2 })).comment;
    assert.equal(later.state, 'answered');
    assert.equal(later.firstResponseAt, '2026-11-10T09:00:00.000Z');
  });

  it('completes a send whose reply id the platform gave before, instead of leaving it sending', () => {
    const sending = beginSend(claimed, anna, 'holding_reply', 'Vi har sett den\n/Anna', '', now).comment;
    const acknowledged = completeSend(sending, '1_100', now).comment;
    const later = completeSend(sendReply(acknowledged, 'Svaret'), '1_100', now.plus({ hours: 2 })).comment;
    assert.equal(later.state, 'answered');
    assert.equal(later.sent.length, 2);
  });

  it('closes a referral (P5) as referred', () => {
    const sending = beginSend(claimed, anna, 'referral', 'Kontakta oss\n/Anna', '', now).comment;
    assert.equal(completeSend(sending, '1_102', now).comment.state, 'referred');
  });

  it('closes a case handled here only with a Platina reference of the right form (P6)', () => {
    const inCase = openCase(claimed, anna, now).comment;
    assert.equal(inCase.state, 'case');
    assert.throws(
      () => closeCase(inCase, anna, 'hej', platina, now),
      (e) => isAppError(e, 'platina_ref_invalid') && e.details.example === 'KS-2026-01234',
    );
    assert.throws(() => release(inCase, anna, now), refusedWith('case_needs_platina_ref'));
    assert.throws(
      () => closeWithoutReply(inCase, anna, 'spam', '', now),
      refusedWith('case_needs_platina_ref'),
    );
    const repliedInCase = completeSend(sendReply(inCase), '1_103', now).comment;
    assert.equal(repliedInCase.state, 'case');
    const closed = closeCase(repliedInCase, anna, ' ks-2026-01234 ', platina, now);
    assert.equal(closed.comment.state, 'case_closed');
    assert.equal(closed.comment.closure?.platinaRef, 'KS-2026-01234');
    assert.equal(closed.event?.detail, 'KS-2026-01234');
  });

  it('closes without reply only with a reason, and a note for "other" (P2)', () => {
    assert.throws(
      () => closeWithoutReply(comment, anna, 'other', ' ', now),
      refusedWith('no_reply_note_missing'),
    );
    const closed = closeWithoutReply(comment, anna, 'thanks_only', '', now).comment;
    assert.equal(closed.state, 'no_reply');
    assert.equal(closed.closure?.reason, 'thanks_only');
    assert.throws(
      () => closeWithoutReply(claimed, bo, 'spam', '', now),
      refusedWith('comment_claimed_by_other'),
    );
  });

  it('records a hidden comment with who, why and a full copy of it as it was', () => {
    const hidden = moderate(claimed, bo, 'hidden', 'personangrepp', now).comment;
    assert.equal(hidden.state, 'moderated');
    assert.equal(hidden.platformStatus, 'hidden');
    assert.deepEqual(hidden.moderation?.copy, {
      text: 'Hej!',
      authorName: 'Resident',
      authorId: '9',
      writtenAt: '2026-11-10T07:42:13.000Z',
    });
    assert.equal(hidden.moderation?.by.name, 'Bo Ek');
  });

  it('reopens a closed item into the queue', () => {
    const closed = closeWithoutReply(comment, anna, 'spam', '', now).comment;
    const reopened = reopen(closed, bo, now).comment;
    assert.equal(reopened.state, 'open');
    assert.equal(reopened.closure, undefined);
    assert.equal(reopened.recent.at(-1)?.action, 'reopened');
  });

  it('returns a released comment to the queue, for its holder only', () => {
    assert.throws(() => release(claimed, bo, now), refusedWith('comment_claimed_by_other'));
    const released = release(claimed, anna, now).comment;
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
    assert.throws(() => claim(removed, anna, now), refusedWith('comment_removed'));
  });

  it('keeps the newer words when an older edit arrives after a newer one', () => {
    const key = { platform: 'facebook' as const, commentId: '1_2' };
    const newer = applyPlatformChange(comment, {
      kind: 'edited',
      key,
      text: 'Andra versionen',
      editedAt: '2026-11-10T08:05:00Z',
    });
    const retried = applyPlatformChange(newer, {
      kind: 'edited',
      key,
      text: 'Första versionen',
      editedAt: '2026-11-10T08:01:00+00:00',
    });
    assert.equal(retried.text, 'Andra versionen');
    assert.equal(retried, newer, 'nothing to write');
    const later = applyPlatformChange(retried, {
      kind: 'edited',
      key,
      text: 'Tredje versionen',
      editedAt: '2026-11-10T08:05:00Z',
    });
    assert.equal(
      later.text,
      'Tredje versionen',
      'an edit in the same second as the last is taken as the later',
    );
  });
});
