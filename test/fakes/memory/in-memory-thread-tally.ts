import { DateTime } from 'luxon';
import { utcIso } from '../../../services/domain/utc-iso';
import { recount, type ReplyStanding, type ThreadCount } from '../../../services/domain/conversation';
import { commentKeyText, type CommentKey } from '../../../services/domain/platform';
import type { ThreadTally } from '../../../services/ports/index';

type Counted = ReplyStanding & { readonly version: number };

/**
 * The thread tally in memory, held to the same contract as the Azure Tables one: a count whose reply was counted
 * again while it read the standing reads it again.
 */
export class InMemoryThreadTally implements ThreadTally {
  private readonly threads = new Map<
    string,
    { replies: number; unanswered: number; standing: Map<string, Counted> }
  >();

  async count(
    root: CommentKey,
    reply: CommentKey,
    standing: () => Promise<ReplyStanding | undefined>,
  ): Promise<ThreadCount | undefined> {
    const key = commentKeyText(root);
    const replyKey = commentKeyText(reply);
    for (;;) {
      const version = this.threads.get(key)?.standing.get(replyKey)?.version ?? 0;
      const now = await standing();
      if (!now) return this.figures(root);
      const thread = this.threads.get(key) ?? {
        replies: 0,
        unanswered: 0,
        standing: new Map<string, Counted>(),
      };
      const before = thread.standing.get(replyKey);
      if ((before?.version ?? 0) !== version) continue;
      Object.assign(thread, before?.waiting === now.waiting ? {} : recount(thread, before, now));
      const writtenAt = before?.writtenAt ?? now.writtenAt;
      thread.standing.set(replyKey, { waiting: now.waiting, writtenAt, version: version + 1 });
      this.threads.set(key, thread);
      return this.figures(root);
    }
  }

  async figures(root: CommentKey): Promise<ThreadCount | undefined> {
    const thread = this.threads.get(commentKeyText(root));
    if (!thread) return undefined;
    // As the Table store keeps a time: in UTC to the millisecond.
    const waiting = [...thread.standing.values()]
      .filter((s) => s.waiting)
      .map((s) => DateTime.fromISO(s.writtenAt, { zone: 'utc' }))
      .filter((at) => at.isValid)
      .map((at) => utcIso(at));
    const latest = waiting.sort().at(-1);
    return {
      replies: thread.replies,
      unanswered: thread.unanswered,
      ...(latest ? { latestWaitingAt: latest } : {}),
    };
  }
}
