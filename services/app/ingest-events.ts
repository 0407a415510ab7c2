import type { IncomingCommentChange, IncomingEvent, StoredComment } from '../domain/comment';
import { applyPlatformChange } from '../domain/comment-transitions';
import { newStoredComment } from '../domain/new-comment';
import { recordPlatformAnswer } from '../domain/platform-answer';
import type { DeadlinePolicy } from '../domain/deadline';
import type { Platform } from '../domain/platform';
import type {
  AnswerNotices,
  CardPosting,
  CardRefresh,
  Clock,
  Comments,
  Log,
  ReminderScheduling,
} from '../ports';

export interface IngestResult {
  readonly stored: number;
  readonly duplicates: number;
  readonly changed: number;
  readonly unknown: number;
  /** Events for an account that is not configured: dropped. */
  readonly foreign: number;
}

/** What the ingester needs to know of the accounts file, and whom it tells of the accounts not in it. */
export interface AccountGate {
  knows(platform: Platform, accountId: string): boolean;
  dropped(platform: Platform, accountId: string, count: number): Promise<void>;
}

/**
 * Stores what a webhook brought. It returns once everything is stored (the webhook is acknowledged only then);
 * posting and updating cards happens after, from the stored rows.
 */
export class EventIngester {
  constructor(
    private readonly deps: {
      readonly store: Comments;
      readonly outbox: CardPosting;
      readonly updater: CardRefresh;
      readonly clock: Clock;
      readonly deadlinePolicy: DeadlinePolicy;
      /** Idempotent, so a redelivery that finds the comment stored schedules again. */
      readonly reminders: ReminderScheduling;
      readonly accounts: AccountGate;
      /** Told when the city's account answered a comment on the platform itself. */
      readonly answers?: AnswerNotices;
    },
  ) {}

  /** New comments for accounts that are not configured are dropped here, before anything is stored. */
  private ours(events: readonly IncomingEvent[]): { kept: IncomingEvent[]; foreign: number } {
    const kept: IncomingEvent[] = [];
    const dropped = new Map<string, { platform: Platform; accountId: string; count: number }>();
    for (const event of events) {
      if (event.kind !== 'new' || this.deps.accounts.knows(event.comment.platform, event.comment.accountId)) {
        kept.push(event);
        continue;
      }
      const { platform, accountId } = event.comment;
      const key = `${platform}:${accountId}`;
      const entry = dropped.get(key) ?? { platform, accountId, count: 0 };
      entry.count += 1;
      dropped.set(key, entry);
    }
    let foreign = 0;
    for (const entry of dropped.values()) {
      foreign += entry.count;
      void this.deps.accounts.dropped(entry.platform, entry.accountId, entry.count).catch(() => undefined);
    }
    return { kept, foreign };
  }

  async ingest(events: readonly IncomingEvent[], logger: Log): Promise<IngestResult> {
    const { kept, foreign } = this.ours(events);
    const result = { stored: 0, duplicates: 0, changed: 0, unknown: 0, foreign };
    const afterwards: (() => Promise<unknown>)[] = [];
    for (const event of kept) {
      if (event.kind === 'new') {
        const comment = newStoredComment(event.comment, this.deps.clock.now(), this.deps.deadlinePolicy);
        const inserted = await this.deps.store.insertNew(comment);
        if (inserted) {
          result.stored += 1;
          afterwards.push(async () => this.deps.outbox.postSoon(inserted));
          await this.deps.reminders.scheduleFor(comment);
        } else {
          result.duplicates += 1;
          logger.info({ event: 'webhook.duplicate', platform: comment.platform }, 'comment seen before');
          // Reminders are scheduled again (idempotently): an earlier delivery may have failed right after storing.
          await this.deps.reminders.scheduleFor((await this.deps.store.get(comment))?.value ?? comment);
        }
      } else {
        const updated = await this.applyChange(event);
        if (updated) {
          result.changed += 1;
          afterwards.push(() => this.deps.updater.refresh(updated.comment));
          // Answered on the platform itself: whoever holds it need not write an answer too.
          if (updated.answered)
            afterwards.push(async () => this.deps.answers?.answeredOnPlatform(updated.comment));
        } else {
          result.unknown += 1;
        }
      }
    }
    for (const next of afterwards) void next().catch(() => undefined);
    return result;
  }

  private async applyChange(
    change: IncomingCommentChange,
  ): Promise<{ comment: StoredComment; answered: boolean } | undefined> {
    const written = await this.deps.store.mutate(change.key, (current) =>
      change.kind === 'city_answer'
        ? recordPlatformAnswer(current, change, this.deps.clock.now())
        : { comment: applyPlatformChange(current, change) },
    );
    return written && { comment: written.value, answered: written.changed && change.kind === 'city_answer' };
  }
}
