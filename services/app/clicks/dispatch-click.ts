import type { Person } from '../../domain/person';
import { closeSelection, type SelectionClosed } from './close-selection';
import { CARD_VERBS, type CardVerb } from '../../../cards/card-verbs';
import { SV } from '../../../cards/locale/sv';
import { renderNoticeCard } from '../../../cards/notice-card';
import { AppError, isAppError } from '../../domain/app-error';
import type { CommentKey } from '../../domain/platform';
import {
  commentKeyFrom,
  noticeFor,
  type CardActionDeps,
  type CardActionHandler,
  type CardActionInput,
  type Click,
} from './card-action';
import { errorSummary } from '../../domain/log-values';
import { handleAcknowledge } from './acknowledge';
import { handleAnswerQuestion } from './answer-question';
import { handleAnsweredThere } from './answered-there';
import { handleAskDepartment } from './ask-department';
import { handleUseDepartmentAnswer } from './use-department-answer';
import { handleApprove } from './approve';
import { handleAssign } from './assign';
import { handleClaim } from './claim';
import { handleCloseStorm } from './close-storm';
import { handleCloseCase } from './close-case';
import { handleEdit } from './edit';
import { handleHide } from './hide';
import { handleNoReply } from './no-reply';
import { handleOpenCase } from './open-case';
import { handlePreview } from './preview';
import { handleRefer } from './refer';
import { handleRelease } from './release';
import { handleRemove } from './remove';
import { handleReopen } from './reopen';
import { handleReply } from './reply';
import { handleSendBack } from './send-back';
import { handleTakeOver } from './take-over';
import { handleUnhide } from './unhide';
import { handleUseSavedAnswer } from './use-saved-answer';

const HANDLERS: Readonly<Record<CardVerb, CardActionHandler>> = {
  [CARD_VERBS.claim]: handleClaim,
  [CARD_VERBS.takeOver]: handleTakeOver,
  [CARD_VERBS.release]: handleRelease,
  [CARD_VERBS.preview]: handlePreview,
  [CARD_VERBS.edit]: handleEdit,
  [CARD_VERBS.reply]: handleReply,
  [CARD_VERBS.acknowledge]: handleAcknowledge,
  [CARD_VERBS.refer]: handleRefer,
  [CARD_VERBS.openCase]: handleOpenCase,
  [CARD_VERBS.closeCase]: handleCloseCase,
  [CARD_VERBS.noReply]: handleNoReply,
  [CARD_VERBS.hide]: handleHide,
  [CARD_VERBS.remove]: handleRemove,
  [CARD_VERBS.reopen]: handleReopen,
  [CARD_VERBS.answeredThere]: handleAnsweredThere,
  [CARD_VERBS.unhide]: handleUnhide,
  [CARD_VERBS.assign]: handleAssign,
  [CARD_VERBS.approve]: handleApprove,
  [CARD_VERBS.sendBack]: handleSendBack,
  [CARD_VERBS.useSavedAnswer]: handleUseSavedAnswer,
  [CARD_VERBS.askDepartment]: handleAskDepartment,
  [CARD_VERBS.answerQuestion]: handleAnswerQuestion,
  [CARD_VERBS.useDepartmentAnswer]: handleUseDepartmentAnswer,
  [CARD_VERBS.closeStorm]: handleCloseStorm,
};

/**
 * Messenger belongs to the contact centre (P7): a click on a Messenger item counts only from the channel its card is
 * in. A crafted invoke naming its key from anywhere else learns nothing and changes nothing.
 */
async function cameFromItsChannel(
  deps: CardActionDeps,
  key: CommentKey,
  input: CardActionInput,
): Promise<boolean> {
  const card = (await deps.store.get(key))?.value.card;
  return card !== undefined && input.channelId !== undefined && card.channelId === input.channelId;
}

function isVerb(verb: string): verb is CardVerb {
  return Object.prototype.hasOwnProperty.call(HANDLERS, verb);
}

/**
 * One click → the card to answer the invoke with. The data is validated and the actor checked (P11) before any
 * handler runs; the click is understood once (its comment, the clicker's language, its time, a logger naming the
 * verb and platform) and every handler answers with data that is drawn here, in the clicker's language. Every
 * failure becomes a message on the card, and nothing changes.
 */
export async function dispatchCardAction(
  deps: CardActionDeps,
  input: CardActionInput,
): Promise<Record<string, unknown>> {
  const verb = isVerb(input.verb) ? input.verb : 'unknown';
  const strings = input.strings ?? SV;
  try {
    if (!isVerb(input.verb)) throw new AppError('action_invalid', 'Unknown verb');
    const key = commentKeyFrom(input.data);
    // A department answers its question without the training (nothing is published); its channel is checked.
    const needsTraining = input.verb !== CARD_VERBS.answerQuestion;
    if (needsTraining && !(await deps.access.isStaff(input.actor))) {
      // A refusal says what to do and nothing of the comment: not its text, not who wrote it.
      deps.logger.info({ event: 'card.action.unauthorised', verb }, 'click by someone not on the staff list');
      return renderNoticeCard(noticeFor(deps.access.refusal(), strings));
    }
    if (key.platform === 'messenger' && !(await cameFromItsChannel(deps, key, input))) {
      deps.logger.warn({ event: 'card.action.outside_channel', verb }, 'Messenger click from another place');
      return renderNoticeCard(
        noticeFor(new AppError('outside_contact_centre', 'Not from its channel'), strings),
      );
    }
    const click: Click = {
      verb: input.verb,
      key,
      actor: input.actor,
      data: input.data,
      strings,
      ...(input.channelId ? { channelId: input.channelId } : {}),
      now: deps.clock.now(),
      // Every line this click logs says its verb and platform (never the comment's id: on X and YouTube it leads
      // to the person).
      logger: deps.logger.child({ verb, platform: key.platform }),
    };
    const { comment, card, ...shown } = await HANDLERS[click.verb](deps, click);
    return card ?? deps.renderer.render(comment, { ...shown, strings });
  } catch (error) {
    deps.logger.warn(
      { event: 'card.action.failed', verb, code: isAppError(error) ? error.code : 'unexpected' },
      'card action failed',
    );
    if (!isAppError(error))
      deps.logger.error({ event: 'card.action.error', error: errorSummary(error) }, 'unexpected error');
    return renderNoticeCard(noticeFor(error, strings));
  }
}

/** The card clicks the bot hands over: each dispatched with the use cases' dependencies. */
export class CardActionDispatcher {
  constructor(private readonly deps: CardActionDeps) {}

  dispatch(input: CardActionInput): Promise<Record<string, unknown>> {
    return dispatchCardAction(this.deps, input);
  }

  /** Stäng valda utan svar, from the overview tab (services/app/clicks/close-selection.ts). */
  closeSelection(
    actor: Person,
    keys: readonly CommentKey[],
    reason: unknown,
    contactCentre?: boolean,
  ): Promise<SelectionClosed> {
    return closeSelection(this.deps, actor, keys, reason, contactCentre);
  }
}
