import { inBothLanguages } from '../notices/in-both-languages';
import { DateTime } from 'luxon';
import { renderExcerptCard } from '../../../cards/excerpt-card';
import type { PostedCard, StoredComment } from '../../domain/comment';
import { awaitsPromisedAnswer, lastActivityAt, promisedAt } from '../../domain/holding-promise';
import { addOfficeHours, afterWorkingDays } from '../../domain/office-time';
import { nextWorkingMoment, type ReminderPolicy } from '../../domain/reminder-plan';
import { reminderTexts, teamworkTexts } from '../../../cards/locale/message-words';
import { releaseUnattended } from '../../domain/teamwork-transitions';
import { utcIso as iso } from '../../domain/utc-iso';
import type { CardRefresh } from '../posting/posting-seams';
import type {
  ChannelLanguages,
  Clock,
  CommentStore,
  DutyStore,
  Log,
  Mentioned,
  StoredReminder,
  TeamsPoster,
} from '../../ports/index';
import { asMentioned, mentionText, type HolderPing } from '../notices/holder-ping';
import { channelLanguage } from '../notices/channel-language';

export interface TeamworkReminderDeps {
  readonly comments: CommentStore;
  readonly poster: TeamsPoster;
  readonly duty: DutyStore;
  readonly updater: CardRefresh;
  readonly clock: Clock;
  readonly logger: Log;
  readonly policy: ReminderPolicy;
  readonly teamLeads: readonly Mentioned[];
  readonly settings: { readonly claimIdleHours: number; readonly promiseEscalationDays: number };
  /** The language each channel is written to in (`språk`): Swedish where not given. */
  readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
}

export type TeamworkKind = Extract<
  StoredReminder['kind'],
  'idle_nudge' | 'idle_release' | 'promise_escalation' | 'question_reminder'
>;

/**
 * Claims that do not rot and promises that are kept. A claim with nothing done for `claimIdleHours` office hours
 * nudges its holder in 1:1, and after as long again goes back to the queue with a note in its thread; a holding
 * reply (P4) still without the real answer after `promiseEscalationDays` working days is raised with the team
 * leads, in the thread and in 1:1. Each is decided on the comment as it is when due: anything done meanwhile
 * planned a later one.
 */
export class TeamworkReminders {
  constructor(
    private readonly deps: TeamworkReminderDeps,
    private readonly ping: HolderPing,
  ) {}

  /** What a change plans: the idle check of a claim, the promise's deadline after a holding reply. */
  plan(comment: StoredComment): StoredReminder[] {
    const { settings, policy } = this.deps;
    const key = { platform: comment.platform, commentId: comment.commentId };
    const rows: StoredReminder[] = [];
    if (comment.state === 'claimed' && settings.claimIdleHours > 0) {
      const from = DateTime.fromISO(lastActivityAt(comment));
      rows.push({
        kind: 'idle_nudge',
        dueAt: iso(addOfficeHours(from, settings.claimIdleHours, policy)),
        ...key,
      });
    }
    const promised = promisedAt(comment);
    if (promised && awaitsPromisedAnswer(comment) && settings.promiseEscalationDays > 0) {
      const dueAt = afterWorkingDays(
        DateTime.fromISO(promised),
        settings.promiseEscalationDays,
        policy.followUpTime,
        policy,
      );
      rows.push({ kind: 'promise_escalation', dueAt: iso(dueAt), ...key });
    }
    if (comment.questions?.some((q) => !q.answer)) rows.push(this.nextQuestionReminder(comment));
    return rows;
  }

  /** An unanswered question is reminded in the department's thread each working morning until answered. */
  private nextQuestionReminder(comment: StoredComment): StoredReminder {
    const { policy } = this.deps;
    const dueAt = nextWorkingMoment(this.deps.clock.now(), policy.followUpTime, policy);
    return {
      kind: 'question_reminder',
      dueAt: iso(dueAt),
      platform: comment.platform,
      commentId: comment.commentId,
    };
  }

  private async remindDepartments(comment: StoredComment): Promise<StoredReminder[]> {
    const waiting = (comment.questions ?? []).filter((q) => !q.answer);
    for (const question of waiting) {
      if (!question.card) continue;
      const language = await channelLanguage(this.deps.channelLanguages, question.card.channelId);
      await this.deps.poster.replyInThread(question.card, {
        text: teamworkTexts(language).questionWaiting(comment, question.askedBy.name, question.askedAt),
      });
    }
    if (waiting.length > 0) {
      this.deps.logger.info(
        { event: 'reminder.sent', kind: 'question', platform: comment.platform },
        'question reminded',
      );
    }
    return waiting.length > 0 ? [this.nextQuestionReminder(comment)] : [];
  }

  /** Sends a due teamwork reminder; rows for what follows (the release after a nudge) are returned to be added. */
  async deliver(kind: TeamworkKind, comment: StoredComment, card: PostedCard): Promise<StoredReminder[]> {
    const now = this.deps.clock.now();
    const hours = this.deps.settings.claimIdleHours;
    const idleSince = DateTime.fromISO(lastActivityAt(comment));
    switch (kind) {
      case 'idle_nudge': {
        if (comment.state !== 'claimed' || addOfficeHours(idleSince, hours, this.deps.policy) > now)
          return [];
        const releaseAt = addOfficeHours(now, hours, this.deps.policy);
        await this.ping.send(
          comment,
          ...inBothLanguages(comment, reminderTexts, (T) => T.idleNudge(comment, hours, iso(releaseAt))),
        );
        this.deps.logger.info(
          { event: 'reminder.sent', kind, platform: comment.platform },
          'idle claim nudged',
        );
        return [
          {
            kind: 'idle_release',
            dueAt: iso(releaseAt),
            platform: comment.platform,
            commentId: comment.commentId,
          },
        ];
      }
      case 'idle_release':
        await this.releaseIdle(comment, card, hours, now);
        return [];
      case 'promise_escalation':
        await this.escalatePromise(comment, card);
        return [];
      case 'question_reminder':
        return this.remindDepartments(comment);
    }
  }

  private async releaseIdle(
    comment: StoredComment,
    card: PostedCard,
    hours: number,
    now: DateTime,
  ): Promise<void> {
    const stillIdle = (c: StoredComment) =>
      c.state === 'claimed' &&
      addOfficeHours(DateTime.fromISO(lastActivityAt(c)), 2 * hours, this.deps.policy) <= now;
    if (!stillIdle(comment)) return;
    const holder = comment.holder?.name ?? '';
    const released = await this.deps.comments.mutate(comment, (current) =>
      stillIdle(current) ? releaseUnattended(current, 'idle_released', now) : undefined,
    );
    if (!released?.changed) return;
    await this.deps.updater.refresh(released.value);
    const onDuty = await this.deps.duty.list(card.channelId);
    const language = await channelLanguage(this.deps.channelLanguages, card.channelId);
    const words = reminderTexts(language).idleReleased(comment, holder, 2 * hours);
    await this.deps.poster.replyInThread(card, {
      text: `${mentionText(onDuty)} ${words}`.trim(),
      mentions: onDuty,
      card: renderExcerptCard(released.value, language),
    });
    this.deps.logger.info(
      { event: 'claim.idle_released', platform: comment.platform },
      'idle claim released',
    );
  }

  private async escalatePromise(comment: StoredComment, card: PostedCard): Promise<void> {
    if (!awaitsPromisedAnswer(comment)) return;
    const days = this.deps.settings.promiseEscalationDays;
    const people = [...(comment.holder ? [asMentioned(comment.holder)] : []), ...this.deps.teamLeads];
    const language = await channelLanguage(this.deps.channelLanguages, card.channelId);
    const text = `${mentionText(people)} ${reminderTexts(language).promiseLate(comment, days)}`.trim();
    await this.deps.poster.replyInThread(card, {
      text,
      mentions: people,
      card: renderExcerptCard(comment, language),
    });
    for (const lead of this.deps.teamLeads) {
      await this.ping.sendTo(
        { ...lead, firstName: lead.name },
        comment,
        ...inBothLanguages(comment, reminderTexts, (T) => T.promiseLate(comment, days)),
      );
    }
    this.deps.logger.info(
      { event: 'reminder.escalated', kind: 'promise', platform: comment.platform },
      'promise late',
    );
  }
}
