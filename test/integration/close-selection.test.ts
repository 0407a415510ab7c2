import assert from 'node:assert/strict';
import type { StoredComment } from '../../services/domain/comment';
import type { OverviewReport } from '../../services/app/overview/overview-report';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import type { TestApp } from '../support/test-app';
import { startSignedOnTab, type SignedOnTab } from '../support/tab-sign-on';

const ACCOUNT = '104857362918475';

function comment(id: string, text: string, holder?: typeof MEGAN): StoredComment {
  const now = Date.now();
  return {
    platform: 'facebook',
    commentId: `p-1_${id}`,
    accountId: ACCOUNT,
    postId: 'p-1',
    authorId: `a-${id}`,
    authorName: 'Lisa Holm',
    text,
    writtenAt: new Date(now - 60_000).toISOString(),
    receivedAt: new Date(now - 60_000).toISOString(),
    deadline: new Date(now + 86_400_000).toISOString(),
    state: holder ? 'claimed' : 'open',
    ...(holder ? { holder: { id: holder.aadObjectId, name: holder.name, firstName: holder.givenName } } : {}),
    platformStatus: 'visible',
    sent: [],
    recent: [],
  } as StoredComment;
}

describe('Stäng valda utan svar in the overview tab', () => {
  let t: TestApp;
  let token: SignedOnTab['token'];
  const close = async (body: object, by = ALEX) =>
    fetch(`${t.url}/api/overview/close`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await token({ oid: by.aadObjectId, name: by.name })}`,
      },
      body: JSON.stringify(body),
    });

  before(async () => {
    ({ t, token } = await startSignedOnTab());
    await t.store.insertNew(comment('1', '👍👍'));
    await t.store.insertNew(comment('2', 'Tack!'));
    await t.store.insertNew(comment('3', 'Varför är det så dyrt?', MEGAN));
  });
  after(() => t.stop(true));

  it('marks which queue items can be closed: open ones nobody holds', async () => {
    const response = await fetch(`${t.url}/api/overview?weeks=4`, {
      headers: { Authorization: `Bearer ${await token()}` },
    });
    const report = (await response.json()) as OverviewReport;
    const closable = report.queue.filter((i) => i.closable).map((i) => i.key);
    assert.deepEqual(closable.sort(), ['facebook:p-1_1', 'facebook:p-1_2']);
    assert.ok(
      report.closeReasons.some((r) => r.value === 'thanks_only' && r.label === 'Bara tack eller en emoji'),
    );
    assert.ok(!report.closeReasons.some((r) => r.value === 'other'), 'Annat needs a note for each');
  });

  it('closes the selection with one reason, each with its own history line, and leaves one someone holds', async () => {
    const response = await close({
      comments: ['facebook:p-1_1', 'facebook:p-1_2', 'facebook:p-1_3'],
      reason: 'thanks_only',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      closed: 2,
      refused: [{ comment: 'facebook:p-1_3', code: 'comment_claimed_by_other' }],
    });
    for (const id of ['p-1_1', 'p-1_2']) {
      const key = { platform: 'facebook', commentId: id } as const;
      assert.equal((await t.store.get(key))?.value.closure?.reason, 'thanks_only');
      const lines = (await t.store.listHistory(key)).filter((h) => h.action === 'no_reply');
      assert.deepEqual(
        lines.map((h) => [h.by, h.detail]),
        [[ALEX.name, 'thanks_only']],
      );
    }
    const held = await t.store.get({ platform: 'facebook', commentId: 'p-1_3' });
    assert.equal(held?.value.state, 'claimed', 'Megan still has hers');
  });

  it('refuses someone untrained, a reason that needs a note, and an empty or malformed selection', async () => {
    assert.equal((await close({ comments: ['facebook:p-1_3'], reason: 'spam' }, ISAIAH)).status, 403);
    assert.equal((await close({ comments: ['facebook:p-1_3'], reason: 'other' })).status, 400);
    assert.equal((await close({ comments: [], reason: 'spam' })).status, 400);
    assert.equal((await close({ comments: ['nowhere:1'], reason: 'spam' })).status, 400);
    assert.equal((await t.store.get({ platform: 'facebook', commentId: 'p-1_3' }))?.value.state, 'claimed');
  });
});
