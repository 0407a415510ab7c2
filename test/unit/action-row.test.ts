import assert from 'node:assert/strict';
import { actionRow, PHONE_ROW_PX, rowWidthPx } from '../../cards/action-row';

type Element = Record<string, unknown>;
const button = (title: string): Element => ({ type: 'Action.Execute', title, verb: title });

/** Every row of buttons in an element, Mer's included, and every button title found, in order. */
function rowsAndTitles(element: Element): { rows: Element[][]; titles: string[] } {
  const rows: Element[][] = [];
  const titles: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const e = node as Element;
    if (e.type === 'ActionSet') rows.push(e.actions as Element[]);
    if (typeof e.type === 'string' && e.type.startsWith('Action.') && e.type !== 'Action.ShowCard')
      titles.push(String(e.title));
    Object.values(e).forEach(visit);
  };
  visit(element);
  return { rows, titles };
}

describe('a row of buttons on a phone', () => {
  it('stays one row where it fits', () => {
    const row = actionRow('Mer', button('Ta'), button('Släpp'));
    assert.deepEqual(row, { type: 'ActionSet', actions: [button('Ta'), button('Släpp')] });
  });

  it('splits in two rows where two hold every button, all in sight', () => {
    const titles = ['Förhandsgranska svar', 'Vi har sett din kommentar'];
    const row = actionRow('Mer', ...titles.map(button));
    assert.equal(row.type, 'Container');
    assert.deepEqual(rowsAndTitles(row).titles, titles);
    assert.ok(!JSON.stringify(row).includes('"Mer"'));
  });

  it('keeps the first beside one Mer and the rest behind it, none lost, none twice, no row too wide', () => {
    const titles = [
      'Förhandsgranska svar',
      'Vi har sett din kommentar',
      'Fråga verksamheten',
      'Kräver ärende',
      'Inget svar behövs',
      'Tilldela',
    ];
    const row = actionRow('Mer', ...titles.map(button));
    assert.equal(row.type, 'ActionSet');
    const shown = row.actions as Element[];
    assert.equal(shown.at(-1)?.title, 'Mer');
    const { rows, titles: found } = rowsAndTitles(row);
    assert.deepEqual(found, titles);
    for (const r of rows) {
      assert.ok(r.length > 0, 'no empty row');
      assert.ok(rowWidthPx(r) <= PHONE_ROW_PX, `${r.map((b) => b.title).join(', ')} fits`);
    }
  });
});
