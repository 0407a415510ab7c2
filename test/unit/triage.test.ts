import assert from 'node:assert/strict';
import { triageOf } from '../../services/domain/triage';

const kindOf = (text: string, media = false) =>
  triageOf({ text, ...(media ? { media: [{ kind: 'photo' as const }] } : {}) })?.kind;

describe('comments that likely need no answer', () => {
  it('suggests closing only emoji, only thanks, and only tags of other people', () => {
    assert.equal(kindOf('😍😍'), 'emoji_only');
    assert.equal(kindOf('👍🏽 ❤️'), 'emoji_only');
    assert.equal(kindOf('🇸🇪!'), 'emoji_only');
    assert.equal(kindOf('Tack så mycket! 🙏'), 'thanks_only');
    assert.equal(kindOf('Tusen tack för svaret'), 'thanks_only');
    assert.equal(kindOf('Thank you!'), 'thanks_only');
    assert.equal(kindOf('@anna.lindqvist @per_holm'), 'tag_only');
    assert.equal(kindOf('@anna.lindqvist 😂'), 'tag_only');
  });

  it('suggests nothing for a question, a thanks with more to say, a photo, or a text naming the city', () => {
    assert.equal(kindOf('Tack! Men när kommer bussen?'), undefined);
    assert.equal(kindOf('Tack för svaret, men soptunnan är fortfarande inte tömd'), undefined);
    assert.equal(kindOf('😍', true), undefined, 'a photo is looked at by a person');
    assert.equal(kindOf('@malmostad varför är det stängt'), undefined);
    assert.equal(kindOf(''), undefined);
  });
});
