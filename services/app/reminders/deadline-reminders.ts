import { REMINDER_TEXTS_EN } from '../../../cards/locale/reminder-texts-en';
import { renderExcerptCard } from '../../../cards/excerpt-card';
import { REMINDER_TEXTS } from '../../../cards/locale/reminder-texts';
import type { PostedCard, StoredComment } from '../../domain/comment';
import { awaitsPromisedAnswer } from '../../domain/holding-promise';
import type { AwayList, DutyStore, Log, Mentioned, StaffStore, TeamsPoster } from '../../ports/index';
import type { CardRefresh } from '../posting/posting-seams';
import { asMentioned, mentionText, type HolderPing } from '../notices/holder-ping';

export interface DeadlineReminderDeps {
  readonly poster: TeamsPoster;
  readonly duty: DutyStore;
  readonly updater: CardRefresh;
  readonly logger: Log;
  readonly teamLeads: readonly Mentioned[];
  /** The trained staff: its approvers are mentioned when a trainee's reply waits as its deadline nears. */
  readonly staff?: Pick<StaffStore, 'list'>;
  /** Who is away: passed by; what they hold is said to the people on duty instead. */
  readonly away?: Pick<AwayList, 'list'>;
}

/**
 * What a deadline reminder (P3), an escalation at the deadline and a working-morning follow-up (P4, P6) say, and to
 * whom: the holder in 1:1, or the channel's people on duty in the thread when nobody (present) holds the item, the
 * approvers when a trainee's reply waits, the team leads at the deadline. Nobody away is mentioned.
 */
export class DeadlineReminders {
  constructor(
    private readonly deps: DeadlineReminderDeps,
    private readonly ping: HolderPing,
  ) {}

  private async awayIds(): Promise<Set<string>> {
    return new Set((await this.deps.away?.list())?.map((a) => a.id) ?? []);
  }

  /** The holder, unless away. */
  private presentHolder(comment: StoredComment, away: Set<string>) {
    return comment.holder && !away.has(comment.holder.id) ? comment.holder : undefined;
  }

  private async toDuty(card: PostedCard, comment: StoredComment, words: string, away: Set<string>) {
    const onDuty = (await this.deps.duty.list(card.channelId)).filter((p) => !away.has(p.id));
    const text = `${mentionText(onDuty)} ${words}`.trim();
    await this.deps.poster.replyInThread(
      card,
      { text, mentions: onDuty, card: renderExcerptCard(comment) },
      comment.deadline,
    );
  }

  async beforeDeadline(comment: StoredComment, card: PostedCard, now: string): Promise<void> {
    if (comment.firstResponseAt) return;
    await this.deps.updater.refresh(comment);
    const away = await this.awayIds();
    const holder = this.presentHolder(comment, away);
    if (comment.state === 'awaiting_approval') {
      const approvers = ((await this.deps.staff?.list()) ?? [])
        .filter((m) => m.role === 'approver' && !away.has(m.id))
        .map((m) => asMentioned(m));
      const words =
        comment.approval.kind === 'removal'
          ? REMINDER_TEXTS.awaitingRemoval(comment, comment.holder.name, now)
          : REMINDER_TEXTS.awaitingApproval(comment, comment.holder.name, now);
      await this.deps.poster.replyInThread(
        card,
        {
          text: `${mentionText(approvers)} ${words}`.trim(),
          mentions: approvers,
          card: renderExcerptCard(comment),
        },
        comment.deadline,
      );
    } else if (holder) {
      const excerpt = renderExcerptCard(comment);
      await this.ping.send(
        comment,
        { text: REMINDER_TEXTS.claimed(comment, now), alert: true, card: excerpt },
        { text: REMINDER_TEXTS_EN.claimed(comment, now), alert: true, card: excerpt },
      );
    } else {
      await this.toDuty(card, comment, REMINDER_TEXTS.unclaimed(comment, now), away);
    }
    this.deps.logger.info(
      { event: 'reminder.sent', kind: 'before_deadline', platform: comment.platform },
      'deadline reminder sent',
    );
  }

  async overdue(comment: StoredComment, card: PostedCard): Promise<void> {
    if (comment.firstResponseAt) return;
    await this.deps.updater.refresh(comment);
    const away = await this.awayIds();
    const holder = this.presentHolder(comment, away);
    const people = [
      ...(holder ? [asMentioned(holder)] : []),
      ...this.deps.teamLeads.filter((p) => !away.has(p.id)),
    ];
    const text = `${mentionText(people)} ${REMINDER_TEXTS.overdue(comment)}`.trim();
    await this.deps.poster.replyInThread(
      card,
      { text, mentions: people, card: renderExcerptCard(comment) },
      comment.deadline,
    );
    this.deps.logger.info(
      { event: 'reminder.escalated', platform: comment.platform },
      'deadline passed; escalated',
    );
  }

  /** A working-morning follow-up; false when there is nothing to follow up any more. */
  async followUp(kind: 'follow_up' | 'platina', comment: StoredComment, card: PostedCard): Promise<boolean> {
    const due = kind === 'follow_up' ? awaitsPromisedAnswer(comment) : comment.state === 'case';
    if (!due) return false;
    const away = await this.awayIds();
    if (!this.presentHolder(comment, away)) {
      // Released with a promise made, or its holder away: the channel's people on duty keep it.
      const words =
        kind === 'follow_up' ? REMINDER_TEXTS.followUpUnheld(comment) : REMINDER_TEXTS.platina(comment);
      await this.toDuty(card, comment, words, away);
    } else {
      const texts = kind === 'follow_up' ? 'followUp' : 'platina';
      const card = renderExcerptCard(comment);
      await this.ping.send(
        comment,
        { text: REMINDER_TEXTS[texts](comment), alert: true, card },
        { text: REMINDER_TEXTS_EN[texts](comment), alert: true, card },
      );
    }
    this.deps.logger.info({ event: 'reminder.sent', kind, platform: comment.platform }, 'follow-up sent');
    return true;
  }
}
