import { stringify } from 'csv-stringify/sync';
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

/**
 * The handled comments (closed ones) with their full history, one row per history line, for the city's reporting
 * and archiving. Semicolon-separated with a byte-order mark, as Excel with Swedish settings opens it.
 */
export function handledCommentsCsv(
  comments: readonly StoredComment[],
  history: ReadonlyMap<string, readonly HistoryEvent[]>,
  accounts: AccountDirectory,
  now: DateTime,
): string {
  const rows: string[][] = [];
  const handled = comments
    .filter((c) => isClosed(c.state))
    .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
  for (const comment of handled) {
    const key = commentKeyText(comment);
    const base = [
      key,
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
    const events = history.get(key) ?? [];
    if (events.length === 0) rows.push([...base, '', '', '', '']);
    for (const event of events)
      rows.push([...base, event.at, event.action, asText(event.by), asText(event.detail ?? '')]);
  }
  return `\ufeff${stringify(rows, { header: true, columns: COLUMNS, delimiter: ';', record_delimiter: '\r\n' })}`;
}
