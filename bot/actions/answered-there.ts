import { INPUTS } from '../../cards/comment-card';
import { recordManualAnswer } from '../../services/domain/comment-transitions';
import { textInput, transitionAndRender, type CardActionHandler } from './card-action';

/** Jag har svarat där (manual mode): records who answered on the platform and the text they paste. */
export const handleAnsweredThere: CardActionHandler = (deps, key, input) => {
  const pasted = textInput(input.data, INPUTS.reply, 20_000);
  return transitionAndRender(deps, key, input, 'answered_there', (comment) =>
    recordManualAnswer(comment, input.actor, pasted, deps.clock.now()),
  );
};
