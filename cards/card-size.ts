/** Teams refuses a bot message over about 100 KB and asks bots to stay within 80 KB, counted as UTF-16. */
export const MAX_CARD_BYTES = 80_000;

/** A card's size as Teams counts it: its JSON in UTF-16, two bytes a unit. */
export function cardBytes(card: unknown): number {
  return JSON.stringify(card).length * 2;
}
