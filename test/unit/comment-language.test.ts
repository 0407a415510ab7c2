import assert from 'node:assert/strict';
import { foreignLanguageOf } from '../../services/domain/comment-language';

describe('the language a comment is written in', () => {
  it('names a language other than Swedish that it can tell', () => {
    assert.equal(foreignLanguageOf('مرحبا، متى يتم جمع القمامة في حينا؟'), 'ar');
    assert.equal(foreignLanguageOf('Çöpler ne zaman toplanacak? İki haftadır gelmediler.'), 'tr');
    assert.equal(foreignLanguageOf('Kiedy zostaną opróżnione kosze na śmieci?'), 'pl');
    assert.equal(foreignLanguageOf('When will the bins be emptied during Christmas?'), 'en');
  });

  it('says nothing for Swedish, a short text, or a language it cannot tell from its neighbours', () => {
    assert.equal(foreignLanguageOf('När töms soptunnorna i Västra Hagen under julen?'), undefined);
    assert.equal(foreignLanguageOf('Tack!'), undefined);
    assert.equal(foreignLanguageOf('Hvornår bliver skraldespandene tømt i julen?'), undefined);
  });
});
