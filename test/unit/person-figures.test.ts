import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Person } from '../../services/domain/person';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import { personFigures } from '../../services/domain/person-figures';
import { inState } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';

const WRITTEN = '2026-12-01T08:00:00.000Z';
const ANNA: Person = { id: 'anna', name: 'Anna Berg', firstName: 'Anna' };
const BO: Person = { id: 'bo', name: 'Bo Ek', firstName: 'Bo' };

function answeredBy(id: string, by: Person, minutes: number): StoredComment {
  const at = DateTime.fromISO(WRITTEN).plus({ minutes }).toUTC().toISO() ?? '';
  const base = newStoredComment({ ...facebookComment(id), writtenAt: WRITTEN }, DateTime.fromISO(WRITTEN));
  return inState(
    { ...base, firstResponseAt: at, sent: [{ kind: 'reply', text: 'Hej! /X', by, at, platformReplyId: id }] },
    { state: 'answered', holder: by, closure: { by, at } },
  );
}

describe('figures per person (team leads)', () => {
  it('counts what each answered, their median time to first response, what they hold and what waits for approval', () => {
    const base = newStoredComment(facebookComment('open'), DateTime.fromISO(WRITTEN));
    const figures = personFigures([
      answeredBy('1', ANNA, 30),
      answeredBy('2', ANNA, 90),
      answeredBy('3', ANNA, 60),
      answeredBy('4', BO, 240),
      inState(base, { state: 'claimed', holder: BO }),
      inState(
        { ...base, commentId: 'w' },
        {
          state: 'awaiting_approval',
          holder: BO,
          approval: { signedText: 'Hej! /Bo', requestedAt: WRITTEN, returnTo: 'claimed' },
        },
      ),
    ]);
    assert.deepEqual(figures, [
      {
        id: 'anna',
        name: 'Anna Berg',
        answered: 3,
        medianMinutesToFirstResponse: 60,
        openClaims: 0,
        pendingApprovals: 0,
      },
      {
        id: 'bo',
        name: 'Bo Ek',
        answered: 1,
        medianMinutesToFirstResponse: 240,
        openClaims: 1,
        pendingApprovals: 1,
      },
    ]);
  });
});
