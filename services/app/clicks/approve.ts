import { AppError } from '../../domain/app-error';
import { abandonRemoval, approve, beginRemoval } from '../../domain/teamwork-transitions';
import { applyTransition, currentComment, noticeFor, type CardActionHandler } from './card-action';
import { moderateComment } from './moderate-comment';
import { publishOutgoing } from './publish-outgoing';

/**
 * Godkänn och publicera: an admin or an approver publishes a trainee's reply exactly as it waits on the card; or,
 * Godkänn och ta bort, removes the comment a trainee asked to remove, on the ground they gave.
 */
export const handleApprove: CardActionHandler = async (deps, click) => {
  if (!(await deps.access.isApprover(click.actor))) throw new AppError('not_an_approver', 'Not an approver');
  const asked = await currentComment(deps, click.key);
  if (asked.state === 'awaiting_approval' && asked.approval.kind === 'removal') {
    // The removal is the approver's before the platform is asked: a send-back or a second click meanwhile is refused.
    const begun = await applyTransition(deps, click.key, (comment) =>
      beginRemoval(comment, click.actor, click.now),
    );
    if (!begun.ok) return { comment: begun.comment, notice: noticeFor(begun.error, click.strings) };
    const removed = await moderateComment(deps, click, 'removed', begun.comment);
    if (removed.comment.state === 'moderated') {
      await deps.teamwork?.approved(removed.comment, click.actor);
      return removed;
    }
    const begunBy =
      begun.comment.state === 'awaiting_approval' && begun.comment.approval.kind === 'removal'
        ? begun.comment.approval.removing
        : undefined;
    const back = begunBy
      ? await applyTransition(deps, click.key, (comment) => abandonRemoval(comment, begunBy))
      : begun;
    return { ...removed, comment: back.comment };
  }
  const result = await publishOutgoing(deps, click, 'reply', '', (comment) =>
    approve(comment, click.actor, click.now),
  );
  if (result.notice?.tone === 'good') await deps.teamwork?.approved(result.comment, click.actor);
  return result;
};
