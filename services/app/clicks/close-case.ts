import { INPUTS } from '../../../cards/card-verbs';
import { closeCase } from '../../domain/comment-transitions';
import { textInput, transitionAndShow, type CardActionHandler } from './card-action';

/** Stäng ärendet: closes a case handled here, with its Platina reference validated and kept (P6). */
export const handleCloseCase: CardActionHandler = (deps, click) => {
  const reference = textInput(click.data, INPUTS.platinaRef, 60);
  return transitionAndShow(deps, click, (comment) =>
    closeCase(comment, click.actor, reference, deps.platina, click.now),
  );
};
