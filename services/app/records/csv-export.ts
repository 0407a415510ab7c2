import { isClosed } from '../../domain/workflow';
import { type HistoryEvent, type StoredComment } from '../../domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../../domain/platform';
import { promiseOutcome } from '../../domain/statistics';
import type { DateTime } from 'luxon';
import type { AccountDirectory } from '../accounts/account-directory';
import { CSV_COLUMNS as COLUMNS, PROMISE_TEXT } from '../../../cards/locale/export-texts';

/** A cell a spreadsheet would take for a formula (=, +, -, @) is kept as text: residents write these fields. */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** How the city's CSV files are written: semicolons and CRLF, as Excel with Swedish settings opens them. */
export const CSV_FORMAT = { delimiter: ';', record_delimiter: '\r\n' } as const;
/** The byte-order mark each CSV file starts with, so Excel reads it as UTF-8. */
export const BOM = '\ufeff';
export const HANDLED_COLUMNS = COLUMNS;

/**
 * One comment's rows in the handled comments' CSV, for the city's reporting and archiving: nothing unless it is
 * closed, else one row per history line of the period (one with empty history cells if it has none).
 */
export function handledCommentRows(
  comment: StoredComment,
  events: readonly HistoryEvent[],
  accounts: AccountDirectory,
  now: DateTime,
): string[][] {
  if (!isClosed(comment.state)) return [];
  const base = [
    commentKeyText(comment),
    PLATFORM_NAMES[comment.platform],
    accounts.displayName(comment.platform, comment.accountId),
    comment.writtenAt,
    asText(comment.authorName),
    asText(comment.text),
    comment.deadline,
    comment.firstResponseAt ?? '',
    PROMISE_TEXT[promiseOutcome(comment, now)],
    comment.state,
    comment.closure?.platinaRef ?? '',
  ];
  if (events.length === 0) return [[...base, '', '', '', '']];
  return events.map((event) => [
    ...base,
    event.at,
    event.action,
    asText(event.by),
    asText(event.detail ?? ''),
  ]);
}
