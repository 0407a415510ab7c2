import { inBothLanguages } from '../notices/in-both-languages';
import { renderExcerptCard } from '../../../cards/excerpt-card';
import { EN } from '../../../cards/locale/en';
import { teamworkTexts } from '../../../cards/locale/message-words';
import { SV } from '../../../cards/locale/sv';
import type { TeamworkTexts } from '../../../cards/locale/teamwork-texts';
import { isAppError } from '../../domain/app-error';
import type { DepartmentQuestion, StoredComment } from '../../domain/comment';
import type { Person } from '../../domain/person';
import type { ChannelLanguages, Log, StaffStore, TeamsPoster, TeamsMessage } from '../../ports/index';
import { channelLanguage } from '../notices/channel-language';
import type { TeamworkNotices } from '../clicks/card-action';
import { asMentioned, type HolderPing } from '../notices/holder-ping';

/** A 1:1 message in Swedish and in English: the reader gets the one in the language they read Teams in. */
function messages(comment: StoredComment, words: (T: TeamworkTexts) => string): [TeamsMessage, TeamsMessage] {
  return inBothLanguages(comment, teamworkTexts, words);
}

/**
 * What colleagues are told when they work on an item together: the one it was assigned to and a trainee whose
 * reply or removal was approved or sent back, in 1:1 (or in the thread where Teams refuses a chat); the approvers, in the
 * card's thread, when a reply or a removal waits for them. Each message says which comment in its own words and carries a
 * literal excerpt with "Öppna kortet".
 */
export class TeamworkNotifier implements TeamworkNotices {
  constructor(
    private readonly deps: {
      readonly ping: HolderPing;
      readonly poster: TeamsPoster;
      readonly staff: Pick<StaffStore, 'list'>;
      readonly logger: Log;
      /** The language each channel is written to in (`språk`): Swedish where not given. */
      readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
    },
  ) {}

  async assigned(comment: StoredComment, by: Person, note: string): Promise<void> {
    await this.toHolder(comment, (T) => T.assigned(comment, by.name, note.trim() !== ''), 'assigned');
  }

  async approved(comment: StoredComment, approver: Person): Promise<void> {
    await this.toHolder(
      comment,
      (T) =>
        comment.moderation?.action === 'removed'
          ? T.removalApproved(comment, approver.name)
          : T.approved(comment, approver.name),
      'approved',
    );
  }

  async sentBack(comment: StoredComment, approver: Person, what: 'reply' | 'removal'): Promise<void> {
    await this.toHolder(
      comment,
      (T) =>
        what === 'removal' ? T.removalSentBack(comment, approver.name) : T.sentBack(comment, approver.name),
      'sent_back',
    );
  }

  async departmentAnswered(comment: StoredComment, question: DepartmentQuestion): Promise<void> {
    const to = comment.holder ?? question.askedBy;
    const [swedish, english] = messages(comment, (T) =>
      T.departmentAnswered(comment, question.department, question.answer?.by ?? ''),
    );
    await this.deps.ping
      .sendTo(to, comment, swedish, english)
      .catch((error: unknown) => this.failed('department_answered', error));
    this.deps.logger.info({ event: 'teamwork.told', what: 'department_answered' }, 'colleague told');
  }

  async approvalWanted(comment: StoredComment): Promise<void> {
    if (!comment.card || !comment.holder) return;
    const approvers = (await this.deps.staff.list())
      .filter((m) => m.role === 'approver')
      .map((m) => asMentioned(m));
    const mentions = approvers.map((a) => `<at>${a.name}</at>`).join(' ');
    const language = await channelLanguage(this.deps.channelLanguages, comment.card.channelId);
    const T = teamworkTexts(language);
    const reasons = (language === 'en' ? EN : SV).moderationReasons;
    const asked =
      comment.approval?.kind === 'removal'
        ? T.removalWanted(comment, comment.holder.name, reasons[comment.approval.reason])
        : T.approvalWanted(comment, comment.holder.name);
    const text = `${mentions} ${asked}`.trim();
    await this.deps.poster
      .replyInThread(
        comment.card,
        { text, mentions: approvers, card: renderExcerptCard(comment, language) },
        comment.deadline,
      )
      .catch((error: unknown) => this.failed('approval_wanted', error));
    this.deps.logger.info({ event: 'teamwork.told', what: 'approval_wanted' }, 'approvers told');
  }

  private async toHolder(
    comment: StoredComment,
    words: (T: TeamworkTexts) => string,
    what: string,
  ): Promise<void> {
    const [swedish, english] = messages(comment, words);
    await this.deps.ping.send(comment, swedish, english).catch((error: unknown) => this.failed(what, error));
    this.deps.logger.info({ event: 'teamwork.told', what }, 'colleague told');
  }

  private failed(what: string, error: unknown): void {
    this.deps.logger.warn(
      { event: 'teamwork.notice.failed', what, code: isAppError(error) ? error.code : 'unexpected' },
      'colleague not told',
    );
  }
}
