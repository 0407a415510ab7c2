import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { StormFolder } from '../../services/app/posting/card-placement';
import type { PostedCard, StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import type { TeamsPoster } from '../../services/ports/index';
import { facebookComment } from '../support/incoming-comment';
import { silentLog } from '../support/silent-log';
import { TestClock } from '../support/test-clock';

const ROOT: PostedCard = {
  teamId: 't',
  channelId: 'c',
  tenantId: 'x',
  serviceUrl: 'http://connector',
  botId: 'b',
  activityId: 'storm-root',
};

describe('a storm card’s count while its thread fills', () => {
  it('sends only the latest of the updates that waited on Teams, and ends on the true count', async () => {
    let onPost = 0;
    const sent: number[] = [];
    let release: () => void = () => undefined;
    const poster = {
      updateCard: async (_card: PostedCard, body: { count: number }) => {
        sent.push(body.count);
        // The first update waits its turn under Teams' limits while more comments arrive.
        if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    } as unknown as TeamsPoster;
    const folder = new StormFolder({
      comments: { countOnPostBefore: async () => onPost } as never,
      storms: {} as never,
      poster,
      cards: { renderStorm: (_c: StoredComment, _s: string, count: number) => ({ count }) } as never,
      clock: new TestClock('2026-12-02T10:00'),
      logger: silentLog,
      settings: { threshold: 10, windowMinutes: 10 },
    });
    const comment = newStoredComment(facebookComment('s1'), DateTime.fromISO('2026-12-02T09:00:00Z'));
    const thread = { root: ROOT, startedAt: '2026-12-02T08:59:00.000Z' };
    onPost = 11;
    const first = folder.counted(comment, thread);
    while (sent.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const later: Promise<void>[] = [];
    for (let n = 12; n <= 16; n++) {
      onPost = n;
      later.push(folder.counted(comment, thread));
    }
    release();
    await Promise.all([first, ...later]);
    assert.deepEqual(sent, [11, 16], 'the first, then one with every comment counted');
  });
});
