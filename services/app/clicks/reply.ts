import { INPUTS } from '../../../cards/card-verbs';
import { submitForApproval } from '../../domain/teamwork-transitions';
import { applyTransition, noticeFor, textInput, type CardActionHandler } from './card-action';
import { composeOutgoing, publishOutgoing } from './publish-outgoing';

const MAX_DRAFT_LENGTH = 20_000;

/**
 * Skicka: publishes the previewed draft (or the reply box's text), signed with the holder's name (P9). From someone
 * under training it goes to approval instead, and the approvers are told.
 */
export const handleReply: CardActionHandler = async (deps, click) => {
  const draft =
    textInput(click.data, 'draft', MAX_DRAFT_LENGTH) || textInput(click.data, INPUTS.reply, MAX_DRAFT_LENGTH);
  if (!(await deps.access.isTrainee(click.actor))) return publishOutgoing(deps, click, 'reply', draft);
  const outcome = await applyTransition(deps, click.key, (comment) =>
    submitForApproval(
      comment,
      click.actor,
      composeOutgoing(deps, comment, click.actor, 'reply', draft),
      draft,
      click.now,
    ),
  );
  if (!outcome.ok) {
    click.logger.info({ event: 'card.reply.rejected', code: outcome.error.code }, 'approval not asked');
    return { comment: outcome.comment, notice: noticeFor(outcome.error, click.strings), draft };
  }
  click.logger.info({ event: 'card.reply.for_approval' }, 'reply waits for approval');
  await deps.updater.refresh(outcome.comment);
  if (outcome.changed) await deps.teamwork?.approvalWanted(outcome.comment);
  return { comment: outcome.comment, notice: { tone: 'good', text: click.strings.teamwork.sentForApproval } };
};
