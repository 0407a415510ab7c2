import { AppError } from '../../domain/app-error';
import { approve } from '../../domain/teamwork-transitions';
import { currentComment, type CardActionHandler } from './card-action';
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
    const removed = await moderateComment(deps, click, 'removed', asked);
    if (removed.comment.state === 'moderated') await deps.teamwork?.approved(removed.comment, click.actor);
    return removed;
  }
  const result = await publishOutgoing(deps, click, 'reply', '', (comment) =>
    approve(comment, click.actor, click.now),
  );
  if (result.notice?.tone === 'good') await deps.teamwork?.approved(result.comment, click.actor);
  return result;
};
