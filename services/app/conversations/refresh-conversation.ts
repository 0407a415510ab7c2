import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { showsFigures, standingOf } from '../../domain/conversation';
import type { CommentKey } from '../../domain/platform';
import { commentKeyText } from '../../domain/platform';
import type { CardRefresh } from '../posting/posting-seams';
import type { Comments, Log, ThreadCount, ThreadTally } from '../../ports/index';

/** Told whenever a comment changed, so the conversation it belongs to can show it. */
export interface ConversationChanges {
  changed(comment: StoredComment): Promise<void>;
}

/**
 * Keeps a conversation's first card telling how its thread stands ("3 svar i tråden, 1 obesvarat", open again):
 * after a reply arrived or changed, it is counted in the thread tally (once, whatever the thread's length), the
 * figures are copied onto the first item, and its card is updated when they moved. Counts of one conversation
 * take turns in this process. A count that failed (logged) or never ran (the process ended first) is made at the
 * reply's next change, its next delivery (a platform's retry, the read-back) or when the outbox sweep posts its card.
 */
export class ConversationRefresher implements ConversationChanges {
  private readonly turns = new Map<string, Promise<void>>();

  constructor(
    private readonly deps: {
      readonly store: Pick<Comments, 'get' | 'mutate'>;
      readonly tally: ThreadTally;
      readonly updater: CardRefresh;
      readonly logger: Log;
    },
  ) {}

  changed(comment: StoredComment): Promise<void> {
    const rootId = comment.conversation?.rootId;
    if (!rootId) return Promise.resolve();
    const root = { platform: comment.platform, commentId: rootId };
    const turn = commentKeyText(root);
    const previous = this.turns.get(turn) ?? Promise.resolve();
    const next = previous.then(() => this.count(root, comment));
    this.turns.set(turn, next);
    return next.finally(() => {
      if (this.turns.get(turn) === next) this.turns.delete(turn);
    });
  }

  private async count(root: CommentKey, reply: CommentKey): Promise<void> {
    const { store, updater, logger } = this.deps;
    try {
      const first = await store.get(root);
      if (!first) return;
      // Listed on the first item before the tally counted them: counted now, once (counting is idempotent).
      for (const id of first.value.thread?.replyIds ?? [])
        await this.countOne(root, { platform: root.platform, commentId: id });
      const figures = await this.countOne(root, reply);
      if (!figures) return;
      const written = await store.mutate(root, (current) =>
        showsFigures(current.thread, figures) ? undefined : { comment: { ...current, thread: figures } },
      );
      if (written?.changed) await updater.refresh(written.value);
    } catch (error) {
      logger.warn(
        {
          event: 'conversation.refresh.failed',
          platform: root.platform,
          code: isAppError(error) ? error.code : 'unexpected',
        },
        'conversation summary not updated',
      );
    }
  }

  private countOne(root: CommentKey, reply: CommentKey): Promise<ThreadCount | undefined> {
    return this.deps.tally.count(root, reply, async () => {
      const stored = await this.deps.store.get(reply);
      return stored && standingOf(stored.value);
    });
  }
}
