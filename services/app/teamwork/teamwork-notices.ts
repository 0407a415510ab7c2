import { renderExcerptCard } from '../../../cards/excerpt-card';
import { SV } from '../../../cards/locale/sv';
import { TEAMWORK_TEXTS } from '../../../cards/locale/teamwork-texts';
import { isAppError } from '../../domain/app-error';
import type { DepartmentQuestion, StoredComment } from '../../domain/comment';
import type { Person } from '../../domain/person';
import type { Log, StaffStore, TeamsPoster } from '../../ports/index';
import type { TeamworkNotices } from '../clicks/card-action';
import { asMentioned, type HolderPing } from '../notices/holder-ping';

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
    },
  ) {}

  async assigned(comment: StoredComment, by: Person, note: string): Promise<void> {
    await this.toHolder(comment, TEAMWORK_TEXTS.assigned(comment, by.name, note.trim() !== ''), 'assigned');
  }

  async approved(comment: StoredComment, approver: Person): Promise<void> {
    const text =
      comment.moderation?.action === 'removed'
        ? TEAMWORK_TEXTS.removalApproved(comment, approver.name)
        : TEAMWORK_TEXTS.approved(comment, approver.name);
    await this.toHolder(comment, text, 'approved');
  }

  async sentBack(comment: StoredComment, approver: Person, what: 'reply' | 'removal'): Promise<void> {
    const text =
      what === 'removal'
        ? TEAMWORK_TEXTS.removalSentBack(comment, approver.name)
        : TEAMWORK_TEXTS.sentBack(comment, approver.name);
    await this.toHolder(comment, text, 'sent_back');
  }

  async departmentAnswered(comment: StoredComment, question: DepartmentQuestion): Promise<void> {
    const text = TEAMWORK_TEXTS.departmentAnswered(comment, question.department, question.answer?.by ?? '');
    const to = comment.holder ?? question.askedBy;
    await this.deps.ping
      .sendTo(to, comment, { text, alert: true, card: renderExcerptCard(comment) })
      .catch((error: unknown) => this.failed('department_answered', error));
    this.deps.logger.info({ event: 'teamwork.told', what: 'department_answered' }, 'colleague told');
  }

  async approvalWanted(comment: StoredComment): Promise<void> {
    if (!comment.card || !comment.holder) return;
    const approvers = (await this.deps.staff.list())
      .filter((m) => m.role === 'approver')
      .map((m) => asMentioned(m));
    const mentions = approvers.map((a) => `<at>${a.name}</at>`).join(' ');
    const asked =
      comment.approval?.kind === 'removal'
        ? TEAMWORK_TEXTS.removalWanted(
            comment,
            comment.holder.name,
            SV.moderationReasons[comment.approval.reason],
          )
        : TEAMWORK_TEXTS.approvalWanted(comment, comment.holder.name);
    const text = `${mentions} ${asked}`.trim();
    await this.deps.poster
      .replyInThread(
        comment.card,
        { text, mentions: approvers, card: renderExcerptCard(comment) },
        comment.deadline,
      )
      .catch((error: unknown) => this.failed('approval_wanted', error));
    this.deps.logger.info({ event: 'teamwork.told', what: 'approval_wanted' }, 'approvers told');
  }

  private async toHolder(comment: StoredComment, text: string, what: string): Promise<void> {
    await this.deps.ping
      .send(comment, { text, alert: true, card: renderExcerptCard(comment) })
      .catch((error: unknown) => this.failed(what, error));
    this.deps.logger.info({ event: 'teamwork.told', what }, 'colleague told');
  }

  private failed(what: string, error: unknown): void {
    this.deps.logger.warn(
      { event: 'teamwork.notice.failed', what, code: isAppError(error) ? error.code : 'unexpected' },
      'colleague not told',
    );
  }
}
