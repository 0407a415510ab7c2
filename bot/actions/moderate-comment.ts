import { INPUTS } from '../../cards/comment-card';
import { AppError, isAppError } from '../../services/domain/app-error';
import { assertCanModerate, isModerationReason, moderate } from '../../services/domain/comment-transitions';
import {
  currentComment,
  noticeFor,
  transitionAndShow,
  type CardActionDeps,
  type Click,
  type ClickResult,
} from './card-action';

/**
 * Dölj / Ta bort (BBS-lagen 5 §): the comment as it was is already kept in the store, and its images and videos are
 * copied into the city's Blob Storage; the platform is asked to hide or delete it, and only when it has, the card
 * records who did it and why, with a copy of the comment.
 */
export async function moderateComment(
  deps: CardActionDeps,
  click: Click,
  action: 'hidden' | 'removed',
): Promise<ClickResult> {
  const reason = click.data[INPUTS.moderationReason];
  if (!isModerationReason(reason)) throw new AppError('action_invalid', 'Unknown moderation reason');
  const current = await currentComment(deps, click.key);
  let media = current.media;
  try {
    if (action === 'removed' && click.data[INPUTS.removeConfirm] !== 'true') {
      throw new AppError('moderation_unconfirmed', 'Removal needs its confirmation');
    }
    assertCanModerate(current, action, click.now, click.actor);
    // A removal cannot be undone: someone under training leaves it to an approver or an admin.
    if (action === 'removed' && (await deps.access.isTrainee(click.actor))) {
      throw new AppError('moderation_needs_approver', 'A trainee does not remove comments');
    }
    // The evidence first: once hidden or removed, the platform may no longer serve the image.
    if (deps.media && media?.some((m) => m.url && !m.kept)) media = await deps.media.keep(current);
    if (action === 'hidden') await deps.moderator.hide(current);
    else await deps.moderator.remove(current);
  } catch (error) {
    click.logger.info(
      { event: `card.${action}.rejected`, code: isAppError(error) ? error.code : 'unexpected' },
      'moderation not done',
    );
    return { comment: current, notice: noticeFor(error, click.strings) };
  }
  return transitionAndShow(deps, click, (comment) =>
    moderate(media ? { ...comment, media } : comment, click.actor, action, reason, deps.clock.now()),
  );
}
