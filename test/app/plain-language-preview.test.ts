import assert from 'node:assert/strict';
import { STAFF, clickWorld } from './click-world';

const STIFF =
  'Med anledning av er förfrågan meddelas härmed att hämtningen i dagsläget flyttas till fredag. ' +
  'Vederbörande avdelning återkommer därest ytterligare information erhålles.';

describe('use case: the preview helps with plain language and sends what was written', () => {
  it('shows the klarspråk help on a stiff draft, and Skicka publishes it unchanged', async () => {
    const w = await clickWorld();
    await w.click(STAFF, 'claim');
    const shown = await w.click(STAFF, 'preview', { replyText: STIFF });
    assert.match(shown, /Klarspråk/);
    assert.match(shown, /Läsbarhet: LIX \d+, mycket svår/);
    assert.match(shown, /”med anledning av” – skriv hellre ”eftersom, på grund av”/);
    assert.match(shown, /Passiv form: meddelas, flyttas, erhålles/);
    assert.match(shown, /Svaret hälsar inte/);
    await w.click(STAFF, 'reply', { draft: STIFF });
    assert.deepEqual(w.platform.published, [`${STIFF}\n/Megan`], 'advice only: the text as written, signed');
  });

  it('has nothing to add to a warm, plain answer greeting the resident by name', async () => {
    const w = await clickWorld();
    await w.click(STAFF, 'claim');
    const firstName = (await w.stored()).authorName.split(' ')[0] ?? '';
    const shown = await w.click(STAFF, 'preview', {
      replyText: `Hej ${firstName}! Vi tömmer soptunnorna på fredag i stället för torsdag under julveckan.`,
    });
    assert.match(shown, /✓ Lättläst, hälsar med namn och slutar med ditt namn/);
    assert.doesNotMatch(shown, /skriv hellre|Passiv form|hälsar inte/);
  });
});
