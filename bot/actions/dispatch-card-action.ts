import { CARD_VERBS, type CardVerb } from '../../cards/comment-card';
import { renderNoticeCard } from '../../cards/notice-card';
import { AppError, isAppError } from '../../services/domain/app-error';
import {
  commentKeyFrom,
  noticeFor,
  type CardActionDeps,
  type CardActionHandler,
  type CardActionInput,
} from './card-action';
import { handleClaim } from './claim';
import { handleRelease } from './release';
import { handleReply } from './reply';

const HANDLERS: Readonly<Record<CardVerb, CardActionHandler>> = {
  [CARD_VERBS.claim]: handleClaim,
  [CARD_VERBS.release]: handleRelease,
  [CARD_VERBS.reply]: handleReply,
};

function isVerb(verb: string): verb is CardVerb {
  return Object.prototype.hasOwnProperty.call(HANDLERS, verb);
}

/** One click → the card to answer the invoke with. Every failure becomes a Swedish message on a card. */
export async function dispatchCardAction(
  deps: CardActionDeps,
  input: CardActionInput,
): Promise<Record<string, unknown>> {
  try {
    if (!isVerb(input.verb)) throw new AppError('action_invalid', 'Unknown verb');
    const key = commentKeyFrom(input.data);
    return await HANDLERS[input.verb](deps, key, input);
  } catch (error) {
    deps.logger.warn(
      {
        event: 'card.action.failed',
        verb: isVerb(input.verb) ? input.verb : 'unknown',
        code: isAppError(error) ? error.code : 'unexpected',
      },
      'card action failed',
    );
    if (!isAppError(error)) deps.logger.error({ event: 'card.action.error', err: error }, 'unexpected error');
    return renderNoticeCard(noticeFor(error));
  }
}
