import type { PostedCard, StoredComment } from '../../domain/comment';
import type { Comments, TeamsChannelRoute } from '../../ports';
import type { StormFolder, StormThread } from './fold-storm';

/** Where a comment's card goes: a thread of its own, the thread of another card, or not yet ('wait'). */
export type Placement = { readonly inThreadOf?: PostedCard; readonly storm?: StormThread } | 'wait';

/**
 * A reply in a conversation goes into the thread of the conversation's first card (waiting while that card is not
 * posted yet; in a storm that thread is the storm's). Any other comment goes into its post's storm thread while
 * the post draws a storm, else into a thread of its own.
 */
export async function placeCard(
  deps: { readonly store: Pick<Comments, 'get'>; readonly storms?: StormFolder | undefined },
  comment: StoredComment,
  route: TeamsChannelRoute,
): Promise<Placement> {
  const rootId = comment.conversation?.rootId;
  if (rootId) {
    const root = await deps.store.get({ platform: comment.platform, commentId: rootId });
    if (root?.value.card) return { inThreadOf: root.value.card };
    if (root) return 'wait';
  }
  const storm = await deps.storms?.threadFor(comment, route);
  if (storm === 'wait') return 'wait';
  return storm ? { inThreadOf: storm.root, storm } : {};
}
