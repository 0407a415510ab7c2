import { ADMIN_NOTICE_TEXTS, type NoticeWords } from '../../cards/locale/admin-notice-texts';
import assert from 'node:assert/strict';
import { ArchiveReminder } from '../../services/app/records/archive-reminder';
import { newStoredComment } from '../../services/domain/new-comment';
import type { Schedule } from '../../services/ports/index';
import { InMemoryArchiveLedger } from '../fakes/memory/in-memory-archive-ledger';
import { answered } from '../support/comment-states';
import { facebookComment } from '../support/incoming-comment';
import { useCaseWorld } from './use-case-world';

const idle: Schedule = { run: async () => undefined, start: () => undefined, stop: async () => undefined };

/** A comment written and answered at `at`, as the store keeps it. */
const handled = (id: string, at: string) =>
  answered(
    newStoredComment(
      facebookComment(id, { writtenAt: at }),
      // Received when written.
      useCaseWorld(at.slice(0, 16)).clock.now(),
    ),
    at,
  );

describe('use case: the admins are told of every period the purge waits for', () => {
  it('names each ended period whose comments wait for a package, however old, and not one still running', async () => {
    const world = useCaseWorld('2027-03-15T09:00');
    for (const [id, at] of [
      ['1', '2026-03-10T09:00:00.000Z'],
      ['2', '2026-04-10T09:00:00.000Z'],
      ['3', '2026-10-10T09:00:00.000Z'],
      ['4', '2027-01-20T09:00:00.000Z'],
    ] as const) {
      await world.store.insertNew(handled(id, at));
    }
    const ledger = new InMemoryArchiveLedger();
    await ledger.recordTaken({
      from: '2026-07-01',
      to: '2026-12-31',
      startUtc: '2026-06-30T22:00:00.000Z',
      endUtc: '2026-12-31T23:00:00.000Z',
      sha256: '0'.repeat(64),
      at: '2027-01-04T08:00:00.000Z',
      by: { id: 'aad-admin', name: 'Maria Arkivarie' },
    });
    const told: string[] = [];
    const reminder = new ArchiveReminder({
      notice: {
        tell: async (_key: string, words: NoticeWords) => (told.push(words(ADMIN_NOTICE_TEXTS)), true),
      },
      clock: world.clock,
      months: [6, 12],
      logger: world.logger,
      schedule: () => idle,
      purgeWaits: { ledger, comments: world.store, days: 30, unclosedDays: 180 },
    });
    assert.equal(await reminder.checkWaiting(), true);
    assert.equal(told.length, 1, 'one period waits: autumn is taken, and 2027 is still running');
    assert.match(
      told[0] ?? '',
      /^2 kommentarer från perioden 2026-01-01 – 2026-06-30 har passerat gallringstiden/,
    );
    assert.match(told[0] ?? '', /npm run archive -- --from 2026-01-01 --to 2026-06-30/);
  });
});
