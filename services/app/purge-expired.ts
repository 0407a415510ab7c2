import { isAppError } from '../domain/app-error';
import { anonymise, isDueForRetention } from '../domain/retention';
import { utcIso } from '../domain/utc-iso';
import type { StoredComment } from '../domain/comment';
import type {
  CardRefresh,
  Clock,
  CommentHistory,
  CommentQueries,
  Comments,
  ConversationIndex,
  Log,
  MediaVault,
} from '../ports';
import { messengerSenderKey } from './join-conversation';

/** Comments handled per pass; the next pass takes the rest. */
const PER_PASS = 200;

export interface PurgeDeps {
  readonly store: Comments & CommentHistory & CommentQueries;
  readonly updater: CardRefresh;
  readonly clock: Clock;
  readonly logger: Log;
  readonly retentionDays: number;
  /** The upper age of a comment never closed (at least `retentionDays`). */
  readonly unclosedDays: number;
  /** The copies kept of its images and videos: deleted with its words. */
  readonly media?: Pick<MediaVault, 'forget'>;
  /** Where the purged comment's answers and Messenger sender lead to it: forgotten with it. */
  readonly conversationIndex?: ConversationIndex;
}

/**
 * The records plan's purge, one pass: handled comments written more than `retentionDays` ago, and any written more
 * than `unclosedDays` ago, lose the resident's
 * text and details (services/domain/retention.ts), in storage, in their history and on their card in Teams; the
 * figures of the 24-hour promise stay as they were. Each comment is decided again as it is stored, so one reopened
 * or purged by another instance meanwhile is left alone. Off when `retentionDays` is 0.
 */
/** The index rows that lead to the comment: by its answers' ids, and (Messenger) by its sender. */
async function forgetInIndex(index: ConversationIndex | undefined, comment: StoredComment): Promise<void> {
  if (!index) return;
  for (const sent of comment.sent)
    await index.forget({ platform: comment.platform, commentId: sent.platformReplyId });
  if (comment.platform === 'messenger') await index.forget(messengerSenderKey(comment));
}

export async function purgeExpired(deps: PurgeDeps): Promise<number> {
  const { store, updater, clock, logger, retentionDays } = deps;
  if (retentionDays <= 0) return 0;
  const now = clock.now();
  const cutoffs = {
    handled: utcIso(now.minus({ days: retentionDays })),
    unclosed: utcIso(now.minus({ days: Math.max(retentionDays, deps.unclosedDays) })),
  };
  let purged = 0;
  try {
    for (const { value } of await store.listDueForRetention(cutoffs, PER_PASS)) {
      await store.clearHistoryDetails(value);
      await deps.media?.forget(value);
      const at = utcIso(now);
      const written = await store.mutate(value, (current) =>
        isDueForRetention(current, cutoffs)
          ? { comment: anonymise(current, at), event: { at, by: 'Svarsvakten', action: 'anonymised' } }
          : undefined,
      );
      if (!written?.changed) continue;
      await forgetInIndex(deps.conversationIndex, value);
      purged++;
      await updater.refresh(written.value);
    }
    if (purged > 0) logger.info({ event: 'retention.purged', count: purged }, 'comments purged');
  } catch (error) {
    logger.warn(
      { event: 'retention.failed', code: isAppError(error) ? error.code : 'unexpected' },
      'retention pass failed; the next pass tries again',
    );
  }
  return purged;
}
