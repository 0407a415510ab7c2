import { isAppError } from '../../domain/app-error';
import type { KeyedIds } from '../../domain/keyed-id';
import { anonymise, isDueForRetention, type RetentionCutoffs } from '../../domain/retention';
import { utcIso } from '../../domain/utc-iso';
import type { StoredComment } from '../../domain/comment';
import type {
  ArchiveLedger,
  Clock,
  CommentHistory,
  CommentQueries,
  Comments,
  ConversationIndex,
  Log,
  MediaVault,
  ReminderStore,
  StormStore,
} from '../../ports/index';
import { messengerSenderKey } from '../conversations/join-conversation';
import type { CardRefresh } from '../posting/posting-seams';
import { unquoteReplies } from './unquote-replies';

/** Comments handled per pass; the next pass takes the rest. */
const PER_PASS = 200;

export interface PurgeDeps {
  readonly store: Comments & CommentHistory & CommentQueries;
  readonly clock: Clock;
  readonly logger: Log;
  readonly retentionDays: number;
  /** The upper age of a comment never closed (at least `retentionDays`). */
  readonly unclosedDays: number;
  /** The copies kept of its images and videos: deleted with its words. */
  readonly media?: Pick<MediaVault, 'forget'>;
  /** Where the purged comment's answers and Messenger sender lead to it: forgotten with it. */
  readonly conversationIndex?: ConversationIndex;
  /** Reminders still waiting for a purged comment: they go too (they name it by the platform's id). */
  readonly reminders?: Pick<ReminderStore, 'forgetFor'>;
  /** Draws a reply's card again once the quote of a purged comment is taken out of it. */
  readonly updater?: CardRefresh;
  /** Storms name their post, which may be a resident's own: one quiet for the whole retention goes. */
  readonly storms?: Pick<StormStore, 'forgetQuietSince'>;
  /** What the platform's ids become (`RETENTION_KEY`). */
  readonly keyedIds: KeyedIds;
  /**
   * Where the packages taken out are recorded: a comment is purged only once its period's package was taken.
   * 'by other means' where the records officer has said in writing that the city archives another way.
   */
  readonly archives: Pick<ArchiveLedger, 'listTaken'> | 'by other means';
}

/** The periods a comment may be purged from: those archived, or every one where the city archives by other means. */
async function archivedPeriods(archives: PurgeDeps['archives']): Promise<RetentionCutoffs['archived']> {
  if (archives === 'by other means') return undefined;
  return (await archives.listTaken()).map(({ startUtc, endUtc, at }) => ({ startUtc, endUtc, takenAt: at }));
}

/** The index rows that lead to the comment: by its answers' ids, and (Messenger) by its sender. */
async function forgetInIndex(index: ConversationIndex | undefined, comment: StoredComment): Promise<void> {
  if (!index) return;
  for (const sent of comment.sent)
    await index.forget({ platform: comment.platform, commentId: sent.platformReplyId });
  if (comment.platform === 'messenger') await index.forget(messengerSenderKey(comment));
}

/**
 * The records plan's purge, one pass: handled comments written more than `retentionDays` ago, and any written more
 * than `unclosedDays` ago, in a period whose archive package was taken out (nothing is purged before it is archived), lose the resident's text and details (services/domain/retention.ts) in storage, in their
 * history and (through the redaction the purge leaves for card-redaction.ts) on their cards in Teams, and move to keyed ids; the figures of the 24-hour promise stay as they were.
 * Each comment is decided again as it is stored, so one reopened or purged by another instance meanwhile is left
 * alone (and one changed while it is moved is taken by the next pass). Off when `retentionDays` is 0.
 */
export async function purgeExpired(deps: PurgeDeps): Promise<number> {
  const { store, clock, logger, retentionDays } = deps;
  if (retentionDays <= 0) return 0;
  const now = clock.now();
  let purged = 0;
  const purgedNow: StoredComment[] = [];
  try {
    const cutoffs: RetentionCutoffs = {
      handled: utcIso(now.minus({ days: retentionDays })),
      unclosed: utcIso(now.minus({ days: Math.max(retentionDays, deps.unclosedDays) })),
      archived: await archivedPeriods(deps.archives),
    };
    for (const due of await store.listDueForRetention(cutoffs, PER_PASS)) {
      // Decided again on the row as stored now: one reopened or purged meanwhile is left alone.
      const current = await store.get(due.value);
      if (!current || !isDueForRetention(current.value, cutoffs)) continue;
      await deps.media?.forget(current.value);
      const at = utcIso(now);
      const anonymised = anonymise(current.value, at, deps.keyedIds);
      const written = await store
        .anonymise(current, anonymised, { at, by: 'Svarsvakten', action: 'anonymised' })
        .catch((error: unknown) => {
          if (isAppError(error, 'concurrent_update')) return undefined;
          throw error;
        });
      if (!written) continue;
      await forgetInIndex(deps.conversationIndex, current.value);
      await deps.reminders?.forgetFor([current.value]);
      // Its cards in Teams are redacted by CardRedaction, from the marker the purge wrote with it.
      purged += 1;
      purgedNow.push(current.value);
    }
    await unquoteReplies(deps, purgedNow);
    const storms = (await deps.storms?.forgetQuietSince(cutoffs.handled)) ?? 0;
    if (purged > 0 || storms > 0) {
      logger.info({ event: 'retention.purged', count: purged, storms }, 'comments purged');
    }
  } catch (error) {
    logger.warn(
      { event: 'retention.failed', code: isAppError(error) ? error.code : 'unexpected' },
      'retention pass failed; the next pass tries again',
    );
  }
  return purged;
}
