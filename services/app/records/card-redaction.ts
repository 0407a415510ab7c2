import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import { renderPurgedQuestionCard } from '../../../cards/question-card';
import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import { utcIso } from '../../domain/utc-iso';
import type {
  ChannelLanguages,
  Clock,
  Comments,
  Log,
  RedactionQueue,
  Schedule,
  Scheduler,
  TeamsPoster,
} from '../../ports/index';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';
import { channelLanguage } from '../notices/channel-language';
import type { CardRefresh } from '../posting/posting-seams';
import { ATTEMPTS_BEFORE_TELLING, waitAfterFailure } from './owed-work-retries';

/** Redactions tried per sweep; the next sweep takes the rest. */
const PER_SWEEP = 50;

/**
 * The records plan's redaction of Teams: each purged comment's cards (its own, drawn again from what it keeps, and
 * its department questions', replaced by a card that says they are purged) are updated until Teams has taken every
 * one. The purge leaves a marker in its own write; a failure is tried again after 30 seconds, then a growing delay
 * up to an hour; after ten the admins are told once, and it goes on once a day. Never given up in silence.
 */
export class CardRedaction {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: {
      readonly queue: RedactionQueue;
      readonly comments: Pick<Comments, 'get'>;
      readonly updater: CardRefresh;
      readonly poster: Pick<TeamsPoster, 'updateCard'>;
      readonly notice?: Pick<AdminNoticeOnce, 'tell'>;
      readonly clock: Clock;
      readonly logger: Log;
      readonly schedule: Scheduler;
      readonly intervalMs: number;
      /** The language each channel is written to in (`språk`): a question's card follows its channel's. */
      readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
    },
  ) {
    this.loop = deps.schedule('card-redaction', deps.intervalMs, async () => {
      await this.sweep();
    });
  }

  /** One pass over the redactions due; how many were completed. */
  async sweep(): Promise<number> {
    const { queue, comments, clock, logger } = this.deps;
    const now = clock.now();
    let completed = 0;
    for (const pending of await queue.listDue(utcIso(now), PER_SWEEP)) {
      const stored = await comments.get(pending.key);
      const failure = stored ? await this.redact(stored.value) : undefined;
      if (!failure) {
        await queue.done(pending.key);
        completed += 1;
        continue;
      }
      const attempts = pending.attempts + 1;
      if (attempts === ATTEMPTS_BEFORE_TELLING && stored) {
        await this.deps.notice?.tell(
          `redaction:${commentKeyText(pending.key)}`,
          (T: AdminNoticeTexts) => T.redactionStuck(stored.value, attempts),
          'records',
        );
      }
      const wait = waitAfterFailure(attempts);
      await queue.retryLater(pending.key, attempts, utcIso(now.plus({ milliseconds: wait })), failure);
      logger.warn(
        { event: 'retention.redaction_failed', platform: pending.key.platform, attempts, code: failure },
        'a purged comment’s card is not redacted yet; tried again later',
      );
    }
    if (completed > 0) logger.info({ event: 'retention.redacted', count: completed }, 'cards redacted');
    return completed;
  }

  /** Each card that showed the comment's words, drawn again without them; the failure's code, if one failed. */
  private async redact(comment: StoredComment): Promise<string | undefined> {
    for (const card of comment.cardsToRedact ?? []) {
      // An activity id is unique in its conversation: the channel tells the comment's own card from a question's.
      const own = card.channelId === comment.card?.channelId && card.activityId === comment.card.activityId;
      if (own) {
        if (!(await this.deps.updater.refresh(comment))) return 'teams_send_failed';
        continue;
      }
      try {
        const language = await channelLanguage(this.deps.channelLanguages, card.channelId);
        await this.deps.poster.updateCard(card, renderPurgedQuestionCard(comment, language));
      } catch (error) {
        // A question card someone deleted in Teams shows nothing any more.
        if (isAppError(error, 'teams_send_failed') && error.details.status === 404) continue;
        return isAppError(error) ? error.code : 'unexpected';
      }
    }
    return undefined;
  }

  /** One pass now, joining one under way (a purge asks for it right after it wrote its markers). */
  run(): Promise<void> {
    return this.loop.run();
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
