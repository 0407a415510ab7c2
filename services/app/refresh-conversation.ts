import { isAppError } from '../domain/app-error';
import type { StoredComment } from '../domain/comment';
import { summarise } from '../domain/conversation';
import type { CardRefresh, Comments, Log } from '../ports';

/** Told whenever a comment changed, so the conversation it belongs to can show it. */
export interface ConversationChanges {
  changed(comment: StoredComment): Promise<void>;
}

/**
 * Keeps a conversation's first card telling how its thread stands ("3 svar i tråden, 1 obesvarat", open again):
 * after a reply in it arrived or changed, the replies are read and the first item's summary rewritten, and its
 * card updated, when the figures moved. A failure is logged; the next change counts again from the truth.
 */
export class ConversationRefresher implements ConversationChanges {
  constructor(
    private readonly deps: {
      readonly store: Pick<Comments, 'get' | 'mutate'>;
      readonly updater: CardRefresh;
      readonly logger: Log;
    },
  ) {}

  async changed(comment: StoredComment): Promise<void> {
    const rootId = comment.conversation?.rootId;
    if (!rootId) return;
    const { store, updater, logger } = this.deps;
    const platform = comment.platform;
    try {
      const root = await store.get({ platform, commentId: rootId });
      if (!root) return;
      const replies: StoredComment[] = [];
      for (const id of root.value.thread?.replyIds ?? []) {
        const reply =
          id === comment.commentId ? comment : (await store.get({ platform, commentId: id }))?.value;
        if (reply) replies.push(reply);
      }
      const written = await store.mutate(root.value, (current) => {
        const thread = summarise(current, replies);
        const same =
          current.thread?.replies === thread.replies &&
          current.thread.unanswered === thread.unanswered &&
          current.thread.latestWaitingAt === thread.latestWaitingAt;
        return same ? undefined : { comment: { ...current, thread } };
      });
      if (written?.changed) await updater.refresh(written.value);
    } catch (error) {
      logger.warn(
        {
          event: 'conversation.refresh.failed',
          platform,
          code: isAppError(error) ? error.code : 'unexpected',
        },
        'conversation summary not updated',
      );
    }
  }
}
