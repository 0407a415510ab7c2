import { currentComment, textInput, type CardActionHandler } from './card-action';

/** Ändra: back from the preview to the reply box, with the draft in it. */
export const handleEdit: CardActionHandler = async (deps, key, { data, strings }) => {
  const comment = await currentComment(deps, key);
  return deps.renderer.render(comment, {
    draft: textInput(data, 'draft', 20_000),
    ...(strings ? { strings } : {}),
  });
};
