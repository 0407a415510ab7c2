/**
 * How many times a person touches a card to send one of its actions, read from the card as the bot drew it: the
 * button itself, each menu (Action.ShowCard) it sits behind, and each required choice beside it that the button's
 * data does not already carry. Typing is not counted. The simulated week reports these per handled comment.
 */
type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The required choices drawn in this card's own body (not in the cards its menus open). */
function requiredChoices(card: Node): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isNode(value) || value.type === 'Action.ShowCard') return;
    if (value.type === 'Input.ChoiceSet' && value.isRequired === true && typeof value.id === 'string')
      found.push(value.id);
    Object.values(value).forEach(visit);
  };
  visit(card.body);
  return found;
}

/**
 * The touches to send the first Action.Execute with `verb` for which `matches` holds, or undefined when the card
 * has none.
 */
export function touchesFor(
  card: unknown,
  verb: string,
  matches: (data: Node) => boolean = () => true,
): number | undefined {
  const search = (node: Node, menus: number): number | undefined => {
    const choices = requiredChoices(node);
    let found: number | undefined;
    const visit = (value: unknown): void => {
      if (found !== undefined) return;
      if (Array.isArray(value)) return value.forEach(visit);
      if (!isNode(value)) return;
      if (value.type === 'Action.ShowCard' && isNode(value.card)) {
        found = search(value.card, menus + 1);
        return;
      }
      if (value.type === 'Action.Execute' && value.verb === verb) {
        const data = isNode(value.data) ? value.data : {};
        if (matches(data)) found = 1 + menus + choices.filter((id) => !(id in data)).length;
        return;
      }
      Object.values(value).forEach(visit);
    };
    visit(node.body);
    visit(node.actions);
    return found;
  };
  return isNode(card) ? search(card, 0) : undefined;
}
