import assert from 'node:assert/strict';
import { newStoredComment } from '../../services/domain/new-comment';
import type { TakenPackage } from '../../services/ports/index';
import { InMemoryArchiveLedger } from '../fakes/memory/in-memory-archive-ledger';
import { answered } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';
import { runPurge } from './run-purge';
import { useCaseWorld } from './use-case-world';

const TEXT = 'Hej! Varför töms inte soporna på Lindängen?';

/** A resident's comment written in the autumn period, answered the same day. */
async function worldWithAutumnComment() {
  const world = useCaseWorld('2027-02-15T09:00');
  const comment = newStoredComment(
    facebookComment('1184736291045827', { text: TEXT, writtenAt: '2026-11-10T08:00:00.000Z' }),
    world.clock.now().minus({ days: 97 }),
  );
  await world.store.insertNew(answered(comment, '2026-11-10T09:00:00.000Z'));
  return world;
}

/** A package taken for a half-year, its ends in Swedish time as the tab computes them. */
const taken = (from: string, to: string, startUtc: string, endUtc: string): TakenPackage => ({
  from,
  to,
  startUtc,
  endUtc,
  sha256: '0'.repeat(64),
  at: '2027-01-04T08:00:00.000Z',
  by: { id: 'aad-admin', name: 'Maria Arkivarie' },
});
const AUTUMN = taken('2026-07-01', '2026-12-31', '2026-06-30T22:00:00.000Z', '2026-12-31T23:00:00.000Z');
const SPRING = taken('2026-01-01', '2026-06-30', '2025-12-31T23:00:00.000Z', '2026-06-30T22:00:00.000Z');

const purge = (world: ReturnType<typeof useCaseWorld>, ledger: InMemoryArchiveLedger) =>
  runPurge(world, { archives: ledger });

const textsKept = async (world: ReturnType<typeof useCaseWorld>) =>
  (await world.store.listWrittenSince('2026-01-01T00:00:00.000Z')).map((c) => c.text);

describe('use case: nothing is purged before it is archived', () => {
  it('keeps every word of a comment past RETENTION_DAYS while its period has no package', async () => {
    const world = await worldWithAutumnComment();
    const ledger = new InMemoryArchiveLedger();
    assert.equal(await purge(world, ledger), 0);
    assert.deepEqual(await textsKept(world), [TEXT]);
  });

  it('is not freed by the package of another period', async () => {
    const world = await worldWithAutumnComment();
    const ledger = new InMemoryArchiveLedger();
    await ledger.recordTaken(SPRING);
    assert.equal(await purge(world, ledger), 0);
    assert.deepEqual(await textsKept(world), [TEXT]);
  });

  it('purges it once the package of the period it was written in is recorded', async () => {
    const world = await worldWithAutumnComment();
    const ledger = new InMemoryArchiveLedger();
    await ledger.recordTaken(AUTUMN);
    assert.equal(await purge(world, ledger), 1);
    assert.deepEqual(await textsKept(world), ['']);
  });

  it('waits for the period to be taken again when the comment changed after its package was taken', async () => {
    const world = await worldWithAutumnComment();
    const ledger = new InMemoryArchiveLedger();
    await ledger.recordTaken(AUTUMN);
    // Reopened and answered again after the package of 2027-01-04: the package does not hold the new answer.
    await world.store.mutate(
      { platform: 'facebook', commentId: '122187654321098765_1184736291045827' },
      (c) => ({ comment: answered(c, '2027-01-05T10:00:00.000Z') }),
    );
    assert.equal(await purge(world, ledger), 0);
    assert.deepEqual(await textsKept(world), [TEXT]);
    await ledger.recordTaken({ ...AUTUMN, at: '2027-01-10T08:00:00.000Z' });
    assert.equal(await purge(world, ledger), 1, 'taken again: purged');
  });
});
