import assert from 'node:assert/strict';
import { MEGAN } from '../support/teams-activities';
import { startSignedOnTab } from '../support/tab-sign-on';
import type { TestApp } from '../support/test-app';
import { FIXTURE_CARD, FIXTURE_KEY, startWithCommentCard } from '../support/with-comment-card';

describe('the moderation register (overview tab)', () => {
  let t: TestApp;
  afterEach(() => t.stop(true));

  it('lists every hiding and showing again with its ground, who and when, and the copy kept', async () => {
    t = await startWithCommentCard();
    await t.click(MEGAN, FIXTURE_CARD, 'hide', { ...FIXTURE_KEY, moderationReason: 'personangrepp' });
    await t.click(MEGAN, FIXTURE_CARD, 'unhide', FIXTURE_KEY);
    await t.click(MEGAN, FIXTURE_CARD, 'hide', { ...FIXTURE_KEY, moderationReason: 'olaga_hot' });

    const response = await fetch(`${t.url}/api/overview/moderation.csv`);
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /svarsvakten-moderering-\d{4}-\d{2}-\d{2}\.csv/,
    );
    const [header, ...rows] = (await response.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    assert.match(header ?? '', /^kommentar;plattform;konto;skriven;åtgärd;grund;av;när;författare \(kopia\)/);
    const cells = rows.map((row) => row.split(';'));
    assert.deepEqual(
      cells.map((c) => [c[4], c[5], c[6]]),
      [
        ['dold', 'Personangrepp eller kränkning (stadens regler)', 'Megan Bowen'],
        ['visad igen', '', 'Megan Bowen'],
        ['dold', 'Olaga hot (BBS-lagen 5 § 1 a, 4 kap. 5 § brottsbalken)', 'Megan Bowen'],
      ],
    );
    assert.equal(cells[2]?.[8], 'Anna Lindqvist', 'the copy kept of the hidden comment');
    assert.match(cells[2]?.[9] ?? '', /soptunnorna/);
  });

  it('is for admins only', async () => {
    const tab = await startSignedOnTab();
    t = tab.t;
    const as = async (claims: Record<string, unknown> = {}) =>
      fetch(`${t.url}/api/overview/moderation.csv`, {
        headers: { Authorization: `Bearer ${await tab.token(claims)}` },
      });
    assert.equal(
      (await as({ oid: MEGAN.aadObjectId, name: MEGAN.name })).status,
      403,
      'trained, not an admin',
    );
    assert.equal((await as()).status, 200, 'Alex is an admin');
  });
});
