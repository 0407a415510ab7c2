import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { hmacKeyedIds } from '../../services/adapters/hmac-keyed-ids';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableThreadTally } from '../../services/adapters/tables/table-thread-tally';
import type { ReplyStanding } from '../../services/domain/conversation';
import type { ThreadTally } from '../../services/ports/index';
import { InMemoryThreadTally } from '../fakes/memory/in-memory-thread-tally';
import { azurite } from '../support/global-azurite';

const implementations: [string, () => Promise<ThreadTally>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `t${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return new TableThreadTally(tables.comments, hmacKeyedIds('contract-key'));
    },
  ],
  ['in memory', async () => new InMemoryThreadTally()],
];

const root = { platform: 'facebook', commentId: '122100_900' } as const;
const reply = (n: number) => ({ platform: 'facebook', commentId: `122100_9${n}` }) as const;
const at = (minute: number) => `2026-12-03T09:${String(minute).padStart(2, '0')}:00.000Z`;
const as = (standing: ReplyStanding) => async () => standing;

for (const [name, open] of implementations) {
  describe(`thread tally contract: ${name}`, () => {
    it('counts each reply once and moves the waiting count as replies are answered', async () => {
      const tally = await open();
      assert.equal(await tally.figures(root), undefined);
      await tally.count(root, reply(1), as({ waiting: true, writtenAt: at(1) }));
      await tally.count(root, reply(2), as({ waiting: true, writtenAt: at(5) }));
      // Told again (a redelivery, a second change): counted once.
      await tally.count(root, reply(2), as({ waiting: true, writtenAt: at(5) }));
      assert.deepEqual(await tally.figures(root), { replies: 2, unanswered: 2, latestWaitingAt: at(5) });

      const answered = await tally.count(root, reply(2), as({ waiting: false, writtenAt: at(5) }));
      assert.deepEqual(answered, { replies: 2, unanswered: 1, latestWaitingAt: at(1) });
      await tally.count(root, reply(2), as({ waiting: false, writtenAt: at(5) }));
      await tally.count(root, reply(1), as({ waiting: false, writtenAt: at(1) }));
      assert.deepEqual(await tally.figures(root), { replies: 2, unanswered: 0 });

      // Reopened: it waits again, from when it was written.
      await tally.count(root, reply(1), as({ waiting: true, writtenAt: at(1) }));
      assert.deepEqual(await tally.figures(root), { replies: 2, unanswered: 1, latestWaitingAt: at(1) });
      // A reply already answered when first counted adds a reply and nothing waiting.
      await tally.count(root, reply(3), as({ waiting: false, writtenAt: at(9) }));
      assert.deepEqual(await tally.figures(root), { replies: 3, unanswered: 1, latestWaitingAt: at(1) });
    });

    it('tells the latest waiting time in UTC whatever offset the platform wrote it with', async () => {
      const tally = await open();
      await tally.count(root, reply(1), as({ waiting: true, writtenAt: '2026-12-03T10:05:00+01:00' }));
      await tally.count(root, reply(2), as({ waiting: true, writtenAt: '2026-12-03T08:59:00.000Z' }));
      assert.deepEqual(await tally.figures(root), {
        replies: 2,
        unanswered: 2,
        latestWaitingAt: '2026-12-03T09:05:00.000Z',
      });
    });

    it('changes nothing for a reply that is gone, and keeps conversations apart', async () => {
      const tally = await open();
      assert.equal(await tally.count(root, reply(1), async () => undefined), undefined);
      const other = { platform: 'instagram', commentId: root.commentId } as const;
      await tally.count(other, reply(1), as({ waiting: true, writtenAt: at(2) }));
      assert.equal(await tally.figures(root), undefined);
      assert.deepEqual(await tally.figures(other), { replies: 1, unanswered: 1, latestWaitingAt: at(2) });
    });

    it('ends concurrent counts of one conversation in the right figures', async () => {
      const tally = await open();
      await Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          tally.count(root, reply(n), as({ waiting: n % 3 !== 0, writtenAt: at(n) })),
        ),
      );
      assert.deepEqual(await tally.figures(root), { replies: 12, unanswered: 8, latestWaitingAt: at(11) });
    });

    it('keeps the standing read last when two changes of one reply race', async () => {
      const tally = await open();
      let stored: ReplyStanding = { waiting: false, writtenAt: at(1) };
      await tally.count(root, reply(1), async () => stored);
      // Reopened: a count starts and reads it waiting, and is held before it writes.
      stored = { waiting: true, writtenAt: at(1) };
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const slow = tally.count(root, reply(1), async () => {
        const seen = stored;
        await held;
        return seen;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Answered again meanwhile, and counted: the held count read it before that and must not win.
      stored = { waiting: false, writtenAt: at(1) };
      await tally.count(root, reply(1), async () => stored);
      release();
      await slow;
      assert.deepEqual(await tally.figures(root), { replies: 1, unanswered: 0 });
    });
  });
}
