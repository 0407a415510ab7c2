import type { IncomingCommentChange, IncomingEvent, StoredComment } from '../../domain/comment';
import { applyPlatformChange, closeWithoutReply } from '../../domain/comment-transitions';
import { SVARSVAKTEN } from '../../domain/person';
import { triageOf } from '../../domain/triage';
import { newStoredComment } from '../../domain/new-comment';
import { recordPlatformAnswer } from '../../domain/platform-answer';
import type { DeadlinePolicy } from '../../domain/deadline';
import { commentKeyText, type Platform } from '../../domain/platform';
import { leaseFrom } from '../posting/card-lease';
import { placeInConversation, rememberConversationStart } from '../conversations/join-conversation';
import type { ConversationChanges } from '../conversations/refresh-conversation';
import type {
  ConversationIndex,
  Clock,
  Comments,
  IntakeObserver,
  IntakePath,
  Log,
  MentionDetails,
  Versioned,
} from '../../ports/index';
import type { AnswerNotices, ReminderScheduling } from './ingest-seams';
import type { CardPosting, CardRefresh } from '../posting/posting-seams';

export interface IngestResult {
  readonly stored: number;
  readonly duplicates: number;
  readonly changed: number;
  readonly unknown: number;
  /** Events for an account that is not configured: dropped. */
  readonly foreign: number;
}

/** What the ingester needs to know of the accounts file. */
export interface AccountGate {
  knows(platform: Platform, accountId: string): boolean;
  /** The account's name, as residents name the city when they turn to it. */
  displayName?(platform: Platform, accountId: string): string;
}

/** Whom the ingester tells of the accounts not in the accounts file. */
export interface ForeignAccounts {
  dropped(platform: Platform, accountId: string, count: number): Promise<void>;
}

/**
 * Stores what a webhook brought. It returns once everything is stored: the inbox then lets the held delivery go (a
 * delivery too large to hold is acknowledged only then);
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
      readonly foreignAccounts: ForeignAccounts;
      /** Told when the city's account answered a comment on the platform itself. */
      readonly answerNotices?: AnswerNotices;
      /** Leads a reply to an answer, or a Messenger sender's next message, to its conversation. */
      readonly conversationIndex?: ConversationIndex;
      /** Fetches what a webhook leaves out (the text of an Instagram @mention) before the item is stored. */
      readonly mentions?: MentionDetails;
      /** Told when a comment in a conversation arrived or changed: its first card shows the thread's state. */
      readonly conversations?: ConversationChanges;
      /** Told of every comment that reached a configured account, stored now or before (intake watching). */
      readonly intake?: IntakeObserver;
      /**
       * Residents answering each other under a post (RESIDENT_REPLIES): `suggest` closing on the card (with a
       * deadline like any comment), or `close` them on arrival as needing no answer (reopened by anyone).
       */
      readonly residentReplies?: 'suggest' | 'close';
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
      void this.deps.foreignAccounts
        .dropped(entry.platform, entry.accountId, entry.count)
        .catch(() => undefined);
    }
    return { kept, foreign };
  }

  private async conversationChanged(comment: StoredComment): Promise<void> {
    await this.deps.conversations?.changed(comment);
  }

  async ingest(
    events: readonly IncomingEvent[],
    logger: Log,
    via: IntakePath = 'webhook',
  ): Promise<IngestResult> {
    const { kept, foreign } = this.ours(events);
    for (const event of kept) {
      if (event.kind === 'new') {
        const { platform, accountId, writtenAt } = event.comment;
        this.deps.intake?.arrived(platform, accountId, writtenAt, via);
      }
    }
    const result = { stored: 0, duplicates: 0, changed: 0, unknown: 0, foreign };
    const afterwards: (() => Promise<unknown>)[] = [];
    // Comments stored by this delivery, as last written: a later change in the same delivery is on the card at once.
    const stored = new Map<string, Versioned<StoredComment>>();
    for (const event of kept) {
      if (event.kind === 'new') {
        const incoming = this.deps.mentions
          ? await this.deps.mentions.complete(event.comment)
          : event.comment;
        const now = this.deps.clock.now();
        const comment = await placeInConversation(
          this.deps,
          newStoredComment(incoming, now, this.deps.deadlinePolicy),
        );
        const closeOnArrival = this.closesOnArrival(comment);
        // Stored with the lease the immediate post needs and with its reminders, so neither takes a write of its own.
        // A comment closed on arrival keeps them too: they pass it by while it is closed, and serve it if reopened.
        const reminders = this.deps.reminders.planFor(comment);
        const inserted = await this.deps.store.insertNew(comment, leaseFrom(now), reminders);
        if (inserted) {
          result.stored += 1;
          await rememberConversationStart(this.deps.conversationIndex, comment);
          const closed = closeOnArrival ? await this.closeBetweenResidents(comment) : undefined;
          stored.set(commentKeyText(comment), closed ?? inserted);
          afterwards.push(async () =>
            this.deps.outbox.postSoon(stored.get(commentKeyText(comment)) ?? inserted),
          );
          // Counted in its conversation once acknowledged: a thread's length costs the delivery nothing.
          afterwards.push(() => this.conversationChanged(comment));
        } else {
          result.duplicates += 1;
          logger.info({ event: 'webhook.duplicate', platform: comment.platform }, 'comment seen before');
          // Its reminders were stored with it; one the records plan purged has none and gets none. Counting it
          // again is harmless, and counts one whose first delivery ended before it was counted.
          afterwards.push(() => this.conversationChanged(comment));
        }
      } else {
        const updated = await this.applyChange(event);
        if (updated) {
          result.changed += 1;
          if (stored.has(commentKeyText(event.key))) stored.set(commentKeyText(event.key), updated.written);
          afterwards.push(() => this.deps.updater.refresh(updated.comment));
          afterwards.push(() => this.conversationChanged(updated.comment));
          // Answered on the platform itself: whoever holds it need not write an answer too.
          if (updated.answered)
            afterwards.push(async () => this.deps.answerNotices?.answeredOnPlatform(updated.comment));
        } else {
          result.unknown += 1;
        }
      }
    }
    for (const next of afterwards) void next().catch(() => undefined);
    return result;
  }

  /** A reply between residents, where the city has said such replies need no answer. */
  private closesOnArrival(comment: StoredComment): boolean {
    if (this.deps.residentReplies !== 'close') return false;
    const name = this.deps.accounts.displayName?.(comment.platform, comment.accountId);
    // Through the card's own suggestion: nothing with a question, a photo or a text not fetched is closed unread.
    return triageOf(comment, name ? [name] : [])?.kind === 'between_residents';
  }

  /**
   * Closed as residents answering each other, by Svarsvakten on the city's standing word; anyone may reopen it. A
   * crash between the insert and this close leaves it open, with its reminders and the card's suggestion: as with
   * RESIDENT_REPLIES=suggest, nothing is lost.
   */
  private async closeBetweenResidents(comment: StoredComment): Promise<Versioned<StoredComment> | undefined> {
    const now = this.deps.clock.now();
    return this.deps.store.mutate(comment, (current) =>
      current.state === 'open'
        ? closeWithoutReply(current, SVARSVAKTEN, 'between_residents', '', now)
        : undefined,
    );
  }

  private async applyChange(
    change: IncomingCommentChange,
  ): Promise<{ comment: StoredComment; answered: boolean; written: Versioned<StoredComment> } | undefined> {
    // The records plan removed its words: an edit, or an answer quoting it, must not write them back.
    const written = await this.deps.store.mutate(change.key, (current) =>
      current.anonymisedAt
        ? undefined
        : change.kind === 'city_answer'
          ? recordPlatformAnswer(current, change, this.deps.clock.now())
          : { comment: applyPlatformChange(current, change) },
    );
    if (!written || (!written.changed && written.value.anonymisedAt)) return undefined;
    // Answered on the platform itself; the echo of a reply sent from a card completes that send and is not this.
    const answered =
      written.changed &&
      change.kind === 'city_answer' &&
      written.value.sent.some((sent) => sent.platformReplyId === change.answerId && sent.onPlatform === true);
    const echoed = written.changed && change.kind === 'city_answer' && !answered;
    if (answered || echoed) {
      await this.deps.conversationIndex?.remember(
        { platform: change.key.platform, commentId: change.answerId },
        change.key,
      );
    }
    return { comment: written.value, answered, written };
  }
}
