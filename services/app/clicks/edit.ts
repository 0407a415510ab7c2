import { currentComment, textInput, type CardActionHandler } from './card-action';

/** Ändra: back from the preview to the reply box, with the draft in it. */
export const handleEdit: CardActionHandler = async (deps, click) => ({
  comment: await currentComment(deps, click.key),
  draft: textInput(click.data, 'draft', 20_000),
});
