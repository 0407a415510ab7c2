import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerArchiveRoute } from '../../bot/overview/archive-route';
import { AccountDirectory } from '../../services/app/accounts/account-directory';
import { oneExportAtATime } from '../../services/app/records/one-export-at-a-time';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import type { TakenPackage } from '../../services/ports/index';
import { DateTime } from 'luxon';
import { capturedLogger } from '../support/captured-logs';
import { facebookComment } from '../support/incoming-comment';
import { TestClock } from '../support/test-clock';

/** A hidden comment of November with a photo kept, whose copy the vault fails to read. */
const hidden: StoredComment = {
  ...newStoredComment(
    facebookComment('1', { writtenAt: '2026-11-10T09:00:00.000Z' }),
    DateTime.fromISO('2026-11-10T09:00:05Z'),
  ),
  media: [
    { kind: 'photo', kept: { blob: 'photo-1', contentType: 'image/jpeg', bytes: 1, sha256: 'a'.repeat(64) } },
  ],
};

describe('an archive package whose packing fails midway', () => {
  it('is cut off, logged as a failure without the resident’s words, and not recorded as taken', async () => {
    const { logger, lines } = capturedLogger();
    const taken: TakenPackage[] = [];
    const server = restify.createServer();
    server.use(restify.plugins.queryParser());
    const oneAtATime = oneExportAtATime();
    registerArchiveRoute(
      server,
      {
        comments: {
          eachWrittenSince: async function* () {
            yield { comment: hidden, history: [] };
          },
        },
        media: {
          stream: async () => {
            throw new Error('Blob Storage answered 500 for photo-1');
          },
        },
        accounts: new AccountDirectory([]),
        clock: new TestClock('2026-12-07T10:00'),
        logger,
        isAdmin: () => true,
        ledger: { recordTaken: async (p) => void taken.push(p), listTaken: async () => taken },
        maxMonths: 6,
        oneAtATime: (viewer, work) => oneAtATime(viewer.id, work),
      },
      {
        viewerOf: async () => ({ viewer: { id: 'admin', name: 'Alex Lind' } }),
        failed: (res) => res.send(500),
        headers: {},
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/api/overview/archive.zip?from=2026-11-01&to=2026-11-30`;
      const response = await fetch(url);
      assert.equal(response.status, 200, 'the period was read: the package had begun');
      await assert.rejects(response.arrayBuffer(), 'the download breaks off: no zip that looks whole');

      const failure = lines.find((line) => line.includes('"archive.cut_off"'));
      assert.ok(failure, 'logged as packing failed');
      assert.doesNotMatch(failure, /När töms soporna|Anna Lindqvist/);
      assert.deepEqual(taken, [], 'not recorded: the period is not purged for it');
      const again = await fetch(url);
      assert.equal(again.status, 200, 'the admin may take it again at once');
      await again.arrayBuffer().catch(() => undefined);
    } finally {
      server.close();
    }
  });
});
