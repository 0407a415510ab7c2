import { AppError } from '../../services/domain/app-error';
import { approve } from '../../services/domain/teamwork-transitions';
import type { CardActionHandler } from './card-action';
import { publishOutgoing } from './publish-outgoing';

/** Godkänn och publicera: an admin or an approver publishes a trainee's reply exactly as it waits on the card. */
export const handleApprove: CardActionHandler = async (deps, click) => {
  if (!(await deps.access.isApprover(click.actor))) throw new AppError('not_an_approver', 'Not an approver');
  const result = await publishOutgoing(deps, click, 'reply', '', (comment) =>
    approve(comment, click.actor, click.now),
  );
  if (result.notice?.tone === 'good') await deps.teamwork?.approved(result.comment, click.actor);
  return result;
};
