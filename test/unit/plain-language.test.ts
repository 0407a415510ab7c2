import assert from 'node:assert/strict';
import { PLAINER_WORDS } from '../../cards/locale/plainer-words';
import { adviseOn as advise } from '../../services/domain/plain-language/advise';
import { lix } from '../../services/domain/plain-language/readability';
import { plainLanguageLines } from '../../cards/plain-language-help';
import { SV } from '../../cards/locale/sv';

const ANNA = { text: 'När töms soptunnorna i Västra Hagen under julen?', authorName: 'Anna Lindqvist' };
const sign = (draft: string) => `${draft} /Alex`;
const adviseOn = (draft: string, signed: string, comment: { text: string; authorName: string }) =>
  advise(draft, signed, comment, PLAINER_WORDS);

describe('klarspråk help on an answer', () => {
  it('computes LIX as Björnsson defined it', () => {
    // 9 words, 2 sentences, 4 words longer than six letters: 9/2 + 4*100/9 = 48.9.
    assert.deepEqual(lix('Soptunnorna töms på fredag. Kommunen meddelar invånarna i förväg.'), {
      value: 49,
      band: 'medium',
    });
    // 20 words in one sentence, 10 long: 20 + 50 = 70.
    const officialese =
      'Med anledning av inkommen förfrågan meddelas härmed vederbörande att avfallshämtningen tillfälligt ' +
      'förskjuts till följd av helgdagar i enlighet med gällande föreskrifter och avtal.';
    assert.equal(lix(officialese).band, 'very_hard');
  });

  it('flags a bureaucratic answer: its LIX, the words to change, its passive verbs and a missing greeting', () => {
    const draft =
      'Med anledning av er förfrågan meddelas härmed att hämtningen i dagsläget flyttas till fredag. ' +
      'Vederbörande avdelning återkommer därest ytterligare information erhålles.';
    const advice = adviseOn(draft, sign(draft), ANNA);
    assert.equal(advice.language, 'sv');
    assert.equal(advice.lix?.band, 'very_hard');
    assert.deepEqual(
      advice.plainer.map((p) => p.found),
      ['med anledning av', 'härmed', 'i dagsläget', 'vederbörande', 'återkommer', 'därest'],
      'in the order the writer meets them',
    );
    assert.ok(advice.plainer.every((p) => p.plainer.length > 0));
    assert.deepEqual(advice.passives, ['meddelas', 'flyttas', 'erhålles']);
    assert.equal(advice.greeting, 'missing');
  });

  it('leaves a plain, warm answer alone: greeted by name, signed, easy to read', () => {
    const draft = 'Hej Anna! Vi tömmer soptunnorna på fredag i stället för torsdag under julveckan. God jul!';
    const advice = adviseOn(draft, sign(draft), ANNA);
    assert.equal(advice.greeting, 'by_name');
    assert.equal(advice.signed, true);
    assert.deepEqual(advice.plainer, []);
    assert.deepEqual(advice.passives, []);
    assert.deepEqual(advice.longSentences, []);
    // 15 words, 3 sentences, 4 words longer than six letters: 15/3 + 4*100/15 = 31.7.
    assert.deepEqual(advice.lix, { value: 32, band: 'easy' });
  });

  it('notices a greeting without the resident’s first name, and an unsigned text', () => {
    const draft = 'Hej! Vi tömmer soptunnorna på fredag.';
    const advice = adviseOn(draft, draft, ANNA);
    assert.equal(advice.greeting, 'without_name');
    assert.equal(advice.firstName, 'Anna');
    assert.equal(advice.signed, false);
  });

  it('points out a sentence of more than 25 words, and an answer far longer than the question', () => {
    const long = `Hej Anna! ${Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ')}.`;
    const advice = adviseOn(long, sign(long), { ...ANNA, text: 'Varför?' });
    assert.deepEqual(advice.longSentences, [{ words: 30, start: 'ord0 ord1 ord2 ord3 ord4 ord5 …' }]);
    const longer = `Hej Anna! ${'Vi tömmer kärlen på fredag. '.repeat(20)}`;
    assert.ok((adviseOn(longer, sign(longer), { ...ANNA, text: 'Varför?' }).longerThanComment ?? 0) > 4);
  });

  it('helps an English draft in English terms: no LIX, English officialese, English greeting', () => {
    const draft = 'Hello Anna, in order to facilitate collection the bins are emptied on Friday.';
    const advice = adviseOn(draft, sign(draft), ANNA);
    assert.equal(advice.language, 'en');
    assert.equal(advice.lix, undefined);
    assert.deepEqual(
      advice.plainer.map((p) => [p.found, p.plainer]),
      [
        ['in order to', 'to'],
        ['facilitate', 'help'],
      ],
    );
    assert.deepEqual(advice.passives, ['are emptied']);
    assert.equal(advice.greeting, 'by_name');
  });

  it('does not call a hard text easy to read when nothing else is flagged', () => {
    const draft =
      'Hej Anna! Kommunfullmäktiges ordförande presenterade budgetförslaget tillsammans med ekonomidirektören igår eftermiddag.';
    // 11 words, 2 sentences, 7 longer than six letters: 11/2 + 7*100/11 = 69.1.
    const advice = adviseOn(draft, sign(draft), ANNA);
    assert.deepEqual(advice.lix, { value: 69, band: 'very_hard' });
    assert.deepEqual(plainLanguageLines(SV, advice), ['• Läsbarhet: LIX 69, mycket svår']);
  });

  it('asks a department’s answer only about its words, not for the greeting or signature the holder adds', () => {
    const plain = 'Vi tömmer på fredag i stället för torsdag. Bilen kommer som vanligt.';
    // 12 words, 2 sentences, 3 longer than six letters (stället, torsdag, vanligt): 12/2 + 3*100/12 = 31.
    assert.deepEqual(plainLanguageLines(SV, adviseOn(plain, plain, ANNA), 'part'), [
      '• Läsbarhet: LIX 31, lättläst',
      '✓ Lättläst, utan krångliga ord.',
    ]);
    const stiff = 'Boende erhåller besked per brev.';
    assert.deepEqual(plainLanguageLines(SV, adviseOn(stiff, stiff, ANNA), 'part').slice(1), [
      '• ”erhåller” – skriv hellre ”får”',
    ]);
    assert.ok(
      plainLanguageLines(SV, adviseOn(stiff, stiff, ANNA), 'reply').some((l) => /hälsar inte/.test(l)),
    );
  });
});
