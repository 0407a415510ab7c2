import { inBothLanguages } from '../notices/in-both-languages';
import { renderExcerptCard } from '../../../cards/excerpt-card';
import type { ReminderTexts } from '../../../cards/locale/reminder-texts';
import { reminderTexts } from '../../../cards/locale/message-words';
import type { ReaderLanguage } from '../../domain/reader-language';
import type { PostedCard, StoredComment } from '../../domain/comment';
import { awaitsPromisedAnswer } from '../../domain/holding-promise';
import type {
  AwayList,
  ChannelLanguages,
  DutyStore,
  Log,
  Mentioned,
  StaffStore,
  TeamsPoster,
} from '../../ports/index';
import { channelLanguage } from '../notices/channel-language';
import type { CardRefresh } from '../posting/posting-seams';
import { asMentioned, mentionText, type HolderPing } from '../notices/holder-ping';

export interface DeadlineReminderDeps {
  readonly poster: TeamsPoster;
  readonly duty: Pick<DutyStore, 'list'>;
  readonly updater: CardRefresh;
  readonly logger: Log;
  readonly teamLeads: readonly Mentioned[];
  /** The trained staff: its approvers are mentioned when a trainee's reply waits as its deadline nears. */
  readonly staff?: Pick<StaffStore, 'list'>;
  /** Who is away: passed by; what they hold is said to the people on duty instead. */
  readonly away?: Pick<AwayList, 'list'>;
  /** The language each channel is written to in (`språk`): Swedish where not given. */
  readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
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

  /** The words for the card's channel, in the language kept for it. */
  private async inChannel(card: PostedCard): Promise<{ T: ReminderTexts; language: ReaderLanguage }> {
    const language = await channelLanguage(this.deps.channelLanguages, card.channelId);
    return { T: reminderTexts(language), language };
  }

  private async toDuty(
    card: PostedCard,
    comment: StoredComment,
    words: (T: ReminderTexts) => string,
    away: Set<string>,
  ) {
    const { T, language } = await this.inChannel(card);
    const onDuty = (await this.deps.duty.list(card.channelId)).filter((p) => !away.has(p.id));
    const text = `${mentionText(onDuty)} ${words(T)}`.trim();
    await this.deps.poster.replyInThread(
      card,
      { text, mentions: onDuty, card: renderExcerptCard(comment, language) },
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
      const { T, language } = await this.inChannel(card);
      const words =
        comment.approval.kind === 'removal'
          ? T.awaitingRemoval(comment, comment.holder.name, now)
          : T.awaitingApproval(comment, comment.holder.name, now);
      await this.deps.poster.replyInThread(
        card,
        {
          text: `${mentionText(approvers)} ${words}`.trim(),
          mentions: approvers,
          card: renderExcerptCard(comment, language),
        },
        comment.deadline,
      );
    } else if (holder) {
      await this.ping.send(
        comment,
        ...inBothLanguages(comment, reminderTexts, (T) => T.claimed(comment, now)),
      );
    } else {
      await this.toDuty(card, comment, (T) => T.unclaimed(comment, now), away);
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
    const { T, language } = await this.inChannel(card);
    const text = `${mentionText(people)} ${T.overdue(comment)}`.trim();
    await this.deps.poster.replyInThread(
      card,
      { text, mentions: people, card: renderExcerptCard(comment, language) },
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
      const words = (T: ReminderTexts) =>
        kind === 'follow_up' ? T.followUpUnheld(comment) : T.platina(comment);
      await this.toDuty(card, comment, words, away);
    } else {
      const texts = kind === 'follow_up' ? 'followUp' : 'platina';
      await this.ping.send(comment, ...inBothLanguages(comment, reminderTexts, (T) => T[texts](comment)));
    }
    this.deps.logger.info({ event: 'reminder.sent', kind, platform: comment.platform }, 'follow-up sent');
    return true;
  }
}
