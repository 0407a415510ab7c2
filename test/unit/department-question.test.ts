import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { isAppError } from '../../services/domain/app-error';
import { answerQuestion, askDepartment } from '../../services/domain/department-question';
import { newStoredComment } from '../../services/domain/new-comment';
import { ALEX, inState } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';

const NOW = DateTime.fromISO('2026-12-02T10:00:00Z');
const held = (platform: 'facebook' | 'messenger') =>
  inState(newStoredComment({ ...facebookComment('1'), platform }, NOW), { state: 'claimed', holder: ALEX });
const ASK = { id: 'q1', department: 'Avfall', text: 'Flyttas hämtningen?' };

describe('a question to a department', () => {
  it('never takes a Messenger message outside the contact centre (P7)', () => {
    assert.throws(
      () => askDepartment(held('messenger'), ALEX, ASK, NOW),
      (error: unknown) => isAppError(error, 'outside_contact_centre'),
    );
  });

  it('keeps the question and the first answer, and only the holder asks', () => {
    const { comment: asked, event } = askDepartment(held('facebook'), ALEX, ASK, NOW);
    assert.equal(event?.detail, 'Avfall: Flyttas hämtningen?');
    const { comment: answered } = answerQuestion(asked, 'q1', 'Isaiah', ' Ja, på fredag. ', NOW);
    assert.deepEqual(answered.questions?.[0]?.answer, {
      text: 'Ja, på fredag.',
      by: 'Isaiah',
      at: NOW.toUTC().toISO(),
    });
    assert.throws(
      () => answerQuestion(answered, 'q1', 'Megan', 'Nej', NOW),
      (error: unknown) => isAppError(error, 'question_already_answered'),
    );
    const other = { id: 'megan', name: 'Megan', firstName: 'Megan' };
    assert.throws(
      () => askDepartment(held('facebook'), other, ASK, NOW),
      (error: unknown) => isAppError(error, 'comment_claimed_by_other'),
    );
  });
});
