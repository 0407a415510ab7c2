import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { newStoredComment } from '../../services/domain/new-comment';
import { isWrittenBy, placesNaming, subjectQuery } from '../../services/domain/subject-query';
import { facebookComment } from '../support/incoming-comment';

const by = (authorName: string, text = 'Hej!') =>
  newStoredComment(facebookComment('1', { authorName, text }), DateTime.fromISO('2026-11-10T08:00:00Z'));

describe('a register extract’s search', () => {
  it('finds a name by its whole words, whatever the case or the middle names, and not a longer name', () => {
    const query = subjectQuery('anna lindqvist');
    assert.equal(isWrittenBy(by('Anna Maria Lindqvist'), query), true);
    assert.equal(isWrittenBy(by('ANNA LINDQVIST'), query), true);
    assert.equal(isWrittenBy(by('Annika Lindqvist'), query), false);
    assert.equal(isWrittenBy(by('Anna Lindqvistsson'), query), false);
  });

  it('takes one word as a handle or an id that finds only itself, not everyone with that surname', () => {
    assert.equal(isWrittenBy(by('Johanna Berg'), subjectQuery('Berg')), false);
    assert.equal(isWrittenBy(by('Hanna Bergström'), subjectQuery('Hanna Berg')), false);
    assert.equal(isWrittenBy(by('@berg'), subjectQuery('berg')), true);
  });

  it('finds a handle with or without its @, and any of several names and ids', () => {
    const query = subjectQuery('Johanna Berg; @johanna.berg.nrv');
    assert.equal(isWrittenBy(by('johanna.berg.nrv'), query), true);
    assert.equal(isWrittenBy(by('Johanna Berg'), query), true);
    assert.equal(isWrittenBy(by('Johan Berg'), query), false);
  });

  it('says where another’s comment names the resident by a whole name, not by a first name alone', () => {
    const query = subjectQuery('Johanna Berg');
    assert.deepEqual(placesNaming(by('Per Holm', 'Johanna  Berg har rätt.'), query), ['text']);
    assert.deepEqual(placesNaming(by('Per Holm', 'Fråga Johanna Berg!'), query), ['text']);
    assert.deepEqual(placesNaming(by('Per Holm', 'Johanna Bergström vet.'), query), []);
    assert.deepEqual(placesNaming(by('Per Holm', 'Johanna har rätt.'), query), []);
  });

  it('refuses a term too short to name one person', () => {
    assert.throws(() => subjectQuery('Jo; Johanna Berg'), { code: 'subject_query_invalid' });
    assert.throws(() => subjectQuery('  '), { code: 'subject_query_invalid' });
  });
});
