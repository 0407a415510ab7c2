import { INPUTS } from '../../cards/comment-card';
import { closeCase } from '../../services/domain/comment-transitions';
import { textInput, transitionAndRender, type CardActionHandler } from './card-action';

/** Stäng ärendet: closes a case handled here, with its Platina reference validated and kept (P6). */
export const handleCloseCase: CardActionHandler = (deps, key, input) => {
  const { actor, data } = input;
  const reference = textInput(data, INPUTS.platinaRef, 60);
  return transitionAndRender(deps, key, input, 'close_case', (comment) =>
    closeCase(comment, actor, reference, deps.platina, deps.clock.now()),
  );
};
