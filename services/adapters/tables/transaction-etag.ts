import type { TableTransactionResponse } from '@azure/data-tables';

/**
 * The new ETag of the row a transaction wrote as its action number `index`. A created row's sub-response names it
 * as the Location header does, URL-encoded (`c%7C…` for `c|…`), and is found by its decoded key; an update's
 * names no row, and the sub-responses come in the order of the actions.
 */
export function etagIn(result: TableTransactionResponse, rowKey: string, index: number): string | undefined {
  const named = result.subResponses.find((r) => r.rowKey !== undefined && safeDecode(r.rowKey) === rowKey);
  if (named) return named.etag;
  const at = result.subResponses[index];
  return at && at.rowKey === undefined ? at.etag : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
