import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { TableAuditLog } from '../../services/adapters/tables/table-audit-log';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { TestClock } from '../support/test-clock';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';
/** Johanna Berg as each platform knows her: her name on Facebook, her Instagram username, her Messenger id. */
const JOHANNA = 'Johanna Berg; johanna.berg.nrv; 7023958164728391';
/** What only others wrote: Per Holm's comment naming her, and Lena Ek's that does not. */
const OTHERS = /Per Holm|Lena Ek|grannen Johanna|Stämmer det/;

interface Extract {
  readonly kommentarer: { platform: string; text: string; authorId: string }[];
  readonly omnämnanden: { plattform: string; var: string[] }[];
}

describe('registerutdrag (a resident asks what the city holds about them)', () => {
  let t: TestApp;
  const clock = new TestClock('2026-11-16T10:00');

  before(async () => {
    t = await startTestApp({ clock, env: { ACCOUNTS_FILE: 'test/fixtures/accounts-meta.json' } });
    await t.install();
    const writtenAt = Math.floor(clock.now().toSeconds()) - 600;
    const facebook = (author: string, text: string) =>
      metaCommentDelivery({ pageId: PAGE, author, text, writtenAt });
    for (const delivery of [
      facebook('Johanna Berg', 'Varför plogas inte Storgatan?').body,
      facebook('Per Holm', 'Grannen Johanna Berg säger att Storgatan plogas i morgon. Stämmer det?').body,
      facebook('Lena Ek', 'Tack för snöröjningen!').body,
      fixtureBytes('instagram-comment.json'),
      fixtureBytes('messenger-message.json'),
    ]) {
      assert.equal((await t.postMeta(delivery)).status, 200);
    }
    await eventually(async () =>
      assert.equal((await t.store.listWrittenSince('2026-01-01T00:00:00.000Z')).length, 5),
    );
  });
  after(() => t.stop(true));

  const take = (q: string) =>
    fetch(`${t.url}/api/overview/registerutdrag.zip`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q }),
    });

  it('finds her items on Facebook, Instagram and Messenger, where others named her, and nothing of anyone else', async () => {
    const response = await take(JOHANNA);
    assert.equal(response.status, 200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    assert.deepEqual(Object.keys(files).sort(), [
      'README.txt',
      'dataskyddsombudet/omnamnanden.json',
      'manifest-sha256.txt',
      'registerutdrag.json',
    ]);
    const extract = JSON.parse(strFromU8(files['registerutdrag.json'] ?? new Uint8Array())) as Extract;
    assert.deepEqual(extract.kommentarer.map((c) => c.platform).sort(), [
      'facebook',
      'instagram',
      'messenger',
    ]);
    assert.ok(extract.kommentarer.some((c) => c.text === 'Varför plogas inte Storgatan?'));
    assert.ok(extract.kommentarer.some((c) => c.text.startsWith('Hur funkar datumparkeringen')));
    assert.ok(extract.kommentarer.some((c) => c.authorId === '7023958164728391'));
    assert.deepEqual(
      extract.omnämnanden.map((n) => [n.plattform, n.var]),
      [['facebook', ['text']]],
      'Per Holm’s comment names her: where, not what',
    );
    const everything = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    assert.doesNotMatch(everything, OTHERS);
    assert.match(
      strFromU8(files['README.txt'] ?? new Uint8Array()),
      /Hittat: +3 kommentarer eller meddelanden/,
    );
  });

  it('is an audit entry that says how much was taken, not whom it was about', async () => {
    const [entry] = await new TableAuditLog(
      createTableClients(azurite().connectionString, t.tablePrefix).audit,
    ).listLatest(1);
    assert.equal(entry?.action, 'register_extract_taken');
    assert.equal(entry?.detail, '3 kommentarer, 1 omnämnanden');
    assert.doesNotMatch(JSON.stringify(entry), /Johanna|Berg|7023958164728391/);
  });

  it('refuses a search too short to name one person', async () => {
    const response = await take('Jo; johanna.berg.nrv');
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'subject_query_invalid' });
  });
});
