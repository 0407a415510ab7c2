import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { SV } from '../../cards/locale/sv';
import { savedAnswerPicker } from '../../cards/teamwork-forms';
import { newStoredComment } from '../../services/domain/new-comment';
import { savedAnswersFor, type SavedAnswer } from '../../services/domain/saved-answer';
import { facebookComment } from '../support/incoming-comment';

const answer = (id: string, title: string, language?: string): SavedAnswer => ({
  id,
  title,
  text: 'Hej {namn}!',
  scope: 'all',
  ...(language ? { language } : {}),
  updatedBy: 'Alex',
  updatedAt: '2026-12-01T08:00:00.000Z',
});
const ANSWERS = [
  answer('a', 'Sophämtning i helgerna'),
  answer('b', 'Waste collection on holidays', 'en'),
  answer('c', 'Avgifter'),
];
const comment = (text: string) =>
  newStoredComment(facebookComment('1001', { text }), DateTime.fromISO('2026-12-02T08:00:00Z'));

describe('saved answers kept per language', () => {
  it('offers a comment in English the English answers first, a Swedish one the Swedish first', () => {
    const english = comment('When is the rubbish collected during the Christmas holidays in Malmö?');
    assert.deepEqual(
      savedAnswersFor(english, ANSWERS).map((a) => a.id),
      ['b', 'c', 'a'],
    );
    const swedish = comment('När töms soporna på Östra Kyrkogatan under julen?');
    assert.deepEqual(
      savedAnswersFor(swedish, ANSWERS).map((a) => a.id),
      ['c', 'a', 'b'],
    );
  });

  it('names the language of an answer that is not in Swedish in the card’s list', () => {
    const picker = JSON.stringify(savedAnswerPicker(SV, comment('Hej'), ANSWERS));
    assert.match(picker, /"title":"Waste collection on holidays \(engelska\)"/);
    assert.match(picker, /"title":"Avgifter"/);
  });
});
