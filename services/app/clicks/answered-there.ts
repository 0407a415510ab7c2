import { INPUTS } from '../../../cards/card-verbs';
import { recordManualAnswer } from '../../domain/comment-transitions';
import { textInput, transitionAndShow, type CardActionHandler } from './card-action';

/** Jag har svarat där (manual mode): records who answered on the platform and the text they paste. */
export const handleAnsweredThere: CardActionHandler = (deps, click) => {
  const pasted = textInput(click.data, INPUTS.reply, 20_000);
  return transitionAndShow(deps, click, (comment) =>
    recordManualAnswer(comment, click.actor, pasted, click.now),
  );
};
