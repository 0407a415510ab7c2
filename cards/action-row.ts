import type { Element } from './card-elements';

/**
 * Teams on a phone draws a card about 360 px wide; a row of buttons keeps about 320 px of it. A button takes its
 * title at 14 px semibold and 32 px of padding, with 8 px between buttons. A character is counted as 9 px: Segoe UI
 * takes less, DejaVu Sans (what the check renders with, test/e2e/cards-on-a-phone.test.ts) about that much, so the
 * estimate errs on the side of a button too many behind "Mer", never one cut off.
 */
export const PHONE_ROW_PX = 320;
const PX_PER_CHARACTER = 9;
const BUTTON_PADDING_PX = 32;
const GAP_PX = 8;

function titleOf(action: Element): string {
  return typeof action.title === 'string' ? action.title : '';
}

/** How wide a row of these buttons is drawn. */
export function rowWidthPx(actions: readonly Element[]): number {
  return actions.reduce(
    (sum, action, i) =>
      sum + [...titleOf(action)].length * PX_PER_CHARACTER + BUTTON_PADDING_PX + (i > 0 ? GAP_PX : 0),
    0,
  );
}

/** The actions in rows that each fit a phone, in their order. */
function rows(actions: readonly Element[]): Element[][] {
  const result: Element[][] = [];
  for (const action of actions) {
    const last = result.at(-1);
    if (last && rowWidthPx([...last, action]) <= PHONE_ROW_PX) last.push(action);
    else result.push([action]);
  }
  return result;
}

/**
 * A row of buttons that fits a phone: as given where it does; in two rows where two hold them all (every button
 * stays in sight); otherwise the first ones that fit beside one "Mer", and the rarer rest behind it, in rows that
 * fit in turn. Callers list the most used first.
 */
export function actionRow(more: string, ...given: (Element | undefined)[]): Element {
  const actions = given.filter((a): a is Element => a !== undefined);
  if (rowWidthPx(actions) <= PHONE_ROW_PX) return { type: 'ActionSet', actions };
  const split = rows(actions);
  if (split.length <= 2)
    return { type: 'Container', items: split.map((row) => ({ type: 'ActionSet', actions: row })) };
  const moreButton = (rest: readonly Element[]): Element => ({
    type: 'Action.ShowCard',
    title: more,
    card: {
      type: 'AdaptiveCard',
      body: rows(rest).map((row) => ({ type: 'ActionSet', actions: row })),
    },
  });
  let shown = actions.length - 1;
  while (shown > 1 && rowWidthPx([...actions.slice(0, shown), moreButton([])]) > PHONE_ROW_PX) shown -= 1;
  return { type: 'ActionSet', actions: [...actions.slice(0, shown), moreButton(actions.slice(shown))] };
}
