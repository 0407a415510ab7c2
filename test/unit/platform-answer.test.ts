import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { CityAnswer, StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { isSigned, recordPlatformAnswer } from '../../services/domain/platform-answer';
import { ALEX, inState } from '../support/comment-states';

const comment: StoredComment = newStoredComment(
  {
    platform: 'facebook',
    commentId: '1_2',
    accountId: '1',
    postId: '1_1',
    authorId: '7',
    authorName: 'Anna Lindqvist',
    text: 'När töms soporna?',
    writtenAt: '2026-12-02T07:00:00.000Z',
  },
  DateTime.fromISO('2026-12-02T07:00:05Z'),
);
const NOW = DateTime.fromISO('2026-12-02T08:00:30Z');
const answer: CityAnswer = {
  kind: 'city_answer',
  key: comment,
  answerId: '1_99',
  text: 'Hej Anna! På tisdag.\n/Maria',
  writtenAt: '2026-12-02T08:00:00.000Z',
};

describe('answers given on the platform', () => {
  it('answers the comment when it was written, for the deadline and the statistics', () => {
    const { comment: answered, event } = recordPlatformAnswer(comment, answer, NOW);
    assert.equal(answered.state, 'answered');
    assert.equal(answered.firstResponseAt, '2026-12-02T08:00:00.000Z');
    assert.equal(answered.sent[0]?.onPlatform, true);
    assert.equal(event?.action, 'answered_on_platform');
  });

  it('keeps a case a case, and an earlier first response as it was', () => {
    const inCase = inState(
      { ...comment, firstResponseAt: '2026-12-02T07:30:00.000Z' },
      { state: 'case', holder: ALEX },
    );
    const { comment: after } = recordPlatformAnswer(inCase, answer, NOW);
    assert.equal(after.state, 'case');
    assert.equal(after.firstResponseAt, '2026-12-02T07:30:00.000Z');
  });

  it('changes nothing for Svarsvakten’s own reply once recorded; while in flight, its echo completes the send', () => {
    const published = {
      ...comment,
      sent: [
        {
          kind: 'reply' as const,
          text: 'x',
          by: { id: 'a', name: 'A', firstName: 'A' },
          at: '',
          platformReplyId: '1_99',
        },
      ],
    };
    assert.equal(recordPlatformAnswer(published, answer, NOW).comment, published);
    const sending = inState(comment, {
      state: 'sending',
      holder: ALEX,
      sending: {
        kind: 'reply' as const,
        signedText: 'Hej Anna! På tisdag.\r\n/Maria ',
        since: '',
        returnTo: 'claimed' as const,
      },
    });
    const completed = recordPlatformAnswer(sending, answer, NOW).comment;
    assert.equal(completed.state, 'answered');
    assert.deepEqual(
      completed.sent.map((sent) => [sent.platformReplyId, sent.by.id, sent.onPlatform]),
      [[answer.answerId, ALEX.id, undefined]],
      'sent from the card by its holder, with the id the platform gave it',
    );
    assert.equal(recordPlatformAnswer(completed, answer, NOW).comment, completed, 'its echo again: nothing');
  });

  it('tells a signed answer (P9) from one without a name', () => {
    for (const signed of [
      'Hej! På tisdag. /Lisa',
      'Hej!\n/Anna',
      'Hej! På tisdag.\n– Anna',
      'Hej! Vänliga hälsningar, Maria på kommunikationsavdelningen',
      'Hej! Mvh Anna K',
      'Hej! På tisdag.\nAnna, Malmö stad',
    ]) {
      assert.equal(isSigned(signed), true, signed);
    }
    for (const unsigned of [
      'Hämtningen flyttas en dag under julveckan.',
      'Ring 040-34 10 00.',
      'Läs mer på malmo.se/avfall',
      'Hej Anna! Soporna töms på tisdag.',
    ]) {
      assert.equal(isSigned(unsigned), false, unsigned);
    }
  });
});
