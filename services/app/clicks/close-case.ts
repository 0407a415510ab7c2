import { INPUTS } from '../../../cards/card-verbs';
import { closeCase } from '../../domain/comment-transitions';
import { textInput, transitionAndShow, type CardActionHandler } from './card-action';

/**
 * Stäng ärendet: closes a case handled here, with its Platina reference validated and kept (P6). Where the city
 * sends cases to its registry, the document is marked owed before the close is written, and sent right after.
 */
export const handleCloseCase: CardActionHandler = async (deps, click) => {
  const reference = textInput(click.data, INPUTS.platinaRef, 60);
  if (deps.platina.pattern.test(reference.trim().toUpperCase())) await deps.registry?.owe(click.key);
  const result = await transitionAndShow(deps, click, (comment) =>
    closeCase(comment, click.actor, reference, deps.platina, click.now),
  );
  deps.registry?.nudge();
  return result;
};
