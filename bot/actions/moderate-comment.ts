import { INPUTS } from '../../cards/comment-card';
import { AppError, isAppError } from '../../services/domain/app-error';
import { assertCanModerate, isModerationReason, moderate } from '../../services/domain/comment-transitions';
import type { CardStrings } from '../../cards/locale/card-strings';
import type { Person } from '../../services/domain/comment';
import type { CommentKey } from '../../services/domain/platform';
import { currentComment, noticeFor, transitionAndRender, type CardActionDeps } from './card-action';

/**
 * Dölj / Ta bort (BBS-lagen 5 §): the comment as it was is already kept in the store; the platform is asked to hide
 * or delete it, and only when it has, the card records who did it and why, with a copy of the comment.
 */
export async function moderateComment(
  deps: CardActionDeps,
  key: CommentKey,
  actor: Person,
  action: 'hidden' | 'removed',
  data: Readonly<Record<string, unknown>>,
  strings: CardStrings | undefined,
): Promise<Record<string, unknown>> {
  const reason = data[INPUTS.moderationReason];
  if (!isModerationReason(reason)) throw new AppError('action_invalid', 'Unknown moderation reason');
  const current = await currentComment(deps, key);
  try {
    if (action === 'removed' && data[INPUTS.removeConfirm] !== 'true') {
      throw new AppError('moderation_unconfirmed', 'Removal needs its confirmation');
    }
    assertCanModerate(current, action, deps.clock.now());
    if (action === 'hidden') await deps.moderator.hide(current);
    else await deps.moderator.remove(current);
  } catch (error) {
    deps.logger.info(
      { event: `card.${action}.rejected`, code: isAppError(error) ? error.code : 'unexpected' },
      'moderation not done',
    );
    return deps.renderer.render(current, {
      notice: noticeFor(error, strings),
      ...(strings ? { strings } : {}),
    });
  }
  return transitionAndRender(deps, key, strings ? { strings } : {}, action, (comment) =>
    moderate(comment, actor, action, reason, deps.clock.now()),
  );
}
