import { INPUTS } from '../../../cards/card-verbs';
import { AppError } from '../../domain/app-error';
import { firstNameOf } from '../../domain/signature';
import { assign } from '../../domain/teamwork-transitions';
import { applyTransition, noticeFor, textInput, type CardActionHandler } from './card-action';

/**
 * Tilldela: the item goes to a colleague on the trained list, who is told in 1:1 with the note; a Messenger item
 * only to the contact centre's people (P7).
 */
export const handleAssign: CardActionHandler = async (deps, click) => {
  const id = textInput(click.data, INPUTS.assignee, 100);
  const member = id ? await deps.staff?.get(id) : undefined;
  if (!member || (click.key.platform === 'messenger' && !deps.access.isContactCentre(member))) {
    throw new AppError('assignee_not_staff', 'Not on the trained list');
  }
  if ((await deps.away?.list())?.some((a) => a.id === member.id)) {
    throw new AppError('assignee_away', 'Away', { name: member.name });
  }
  const assignee = {
    id: member.id,
    name: member.name,
    firstName: firstNameOf(member.name),
    ...(member.teamsId ? { teamsId: member.teamsId } : {}),
  };
  const note = textInput(click.data, INPUTS.assignNote, 500).trim();
  const outcome = await applyTransition(deps, click.key, (comment) =>
    assign(comment, click.actor, assignee, note, click.now),
  );
  if (!outcome.ok) {
    click.logger.info({ event: 'card.assign.rejected', code: outcome.error.code }, 'action refused');
    return { comment: outcome.comment, notice: noticeFor(outcome.error, click.strings) };
  }
  if (outcome.changed) {
    click.logger.info({ event: 'card.assign' }, 'assigned to a colleague');
    await deps.updater.refresh(outcome.comment);
    await deps.teamwork?.assigned(outcome.comment, click.actor, note);
  }
  return {
    comment: outcome.comment,
    notice: { tone: 'good', text: click.strings.teamwork.assigned(assignee.name) },
  };
};
