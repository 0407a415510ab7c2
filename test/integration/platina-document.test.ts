import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { poppler, popplerAvailable } from '../support/poppler';
import { ALEX } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import type { TestApp } from '../support/test-app';
import {
  FIXTURE_CARD,
  FIXTURE_COMMENT,
  FIXTURE_KEY,
  startWithCommentCard,
} from '../support/with-comment-card';

/** Åsa's answer, with the letters and the emoji a resident's conversation holds. */
const REPLY = 'Hej Anna! Soptunnorna i Västra Hagen töms fredag 25/12 – vi hör av oss. 🎄';

describe('Dokumentera i Platina (a case handled here, documented for the records system)', () => {
  let t: TestApp;
  const clock = new TestClock('2026-11-16T10:00');
  const document = () =>
    fetch(`${t.url}/api/overview/platina.pdf?${new URLSearchParams({ comment: FIXTURE_KEY.commentKey })}`);

  before(async () => {
    t = await startWithCommentCard({ clock });
    await t.click(ALEX, FIXTURE_CARD, 'claim', FIXTURE_KEY);
    await t.click(ALEX, FIXTURE_CARD, 'reply', { ...FIXTURE_KEY, replyText: REPLY });
    await t.click(ALEX, FIXTURE_CARD, 'reopen', FIXTURE_KEY);
  });
  after(() => t.stop(true));

  it('is refused until the case is closed with its Platina reference', async () => {
    await t.click(ALEX, FIXTURE_CARD, 'claim', FIXTURE_KEY);
    await t.click(ALEX, FIXTURE_CARD, 'open_case', FIXTURE_KEY);
    const response = await document();
    assert.equal(response.status, 409);
    assert.deepEqual(await response.json(), { error: 'case_not_closed' });
  });

  it('gives the conversation as PDF/A-2b: every message in searchable text, fonts embedded, the same file each time', async function () {
    clock.set('2026-11-16T11:00');
    const closed = await t.click(ALEX, FIXTURE_CARD, 'close_case', {
      ...FIXTURE_KEY,
      platinaRef: 'KS-2026-01234',
    });
    // The card links into the overview tab, which fetches the document signed in.
    const link = (closed.actions as { title: string; url?: string }[]).find(
      (a) => a.title === 'Dokument för Platina (PDF)',
    )?.url;
    assert.ok(
      link?.startsWith('https://teams.microsoft.com/l/entity/5b0f3c2e-8d6a-4f1e-9c37-2a4e6d8b1f05/overview?'),
    );
    assert.deepEqual(JSON.parse(new URL(link ?? '').searchParams.get('context') ?? '{}'), {
      subEntityId: `platina:${FIXTURE_KEY.commentKey}`,
    });
    const first = await document();
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'application/pdf');
    assert.match(first.headers.get('content-disposition') ?? '', /KS-2026-01234-svarsvakten\.pdf/);
    const pdf = new Uint8Array(await first.arrayBuffer());
    const again = new Uint8Array(await (await document()).arrayBuffer());
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    assert.equal(sha(again), sha(pdf), 'the same case gives the same file');

    const history = await t.store.listHistory(FIXTURE_COMMENT);
    const documented = history.filter((h) => h.action === 'documented');
    assert.deepEqual(
      documented.map((h) => h.detail),
      [`SHA-256 ${sha(pdf)}`],
      'its checksum kept in the history, once',
    );

    if (!(await popplerAvailable())) this.skip();
    const text = (await poppler('pdftotext', pdf)).replace(/\s+/g, ' ');
    for (const words of [
      'KS-2026-01234',
      'Anna Lindqvist skrev',
      'Vilken dag töms soptunnorna i Västra Hagen under jul- och nyårshelgen?',
      'Alex Wilber svarade för staden',
      'Hej Anna! Soptunnorna i Västra Hagen töms fredag 25/12 – vi hör av oss.',
      '[U+1F384]',
    ]) {
      assert.ok(text.includes(words), `the text holds: ${words}`);
    }
    const meta = await poppler('pdfinfo', pdf, ['-meta']);
    assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
    assert.match(meta, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const info = await poppler('pdfinfo', pdf);
    assert.match(info, /Encrypted: +no/);
    assert.match(info, /Title: +Ärende KS-2026-01234/);
    const fonts = (await poppler('pdffonts', pdf)).split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length > 0);
    for (const font of fonts)
      assert.match(font, /\byes +yes +yes\b/, `embedded, subset, with Unicode: ${font}`);
  });
});
