import { stringify } from 'csv-stringify/sync';
import { MODERATION_ACTIONS, MODERATION_COLUMNS } from '../../../cards/locale/export-texts';
import { SV } from '../../../cards/locale/sv';
import { MODERATION_REASONS } from '../../domain/workflow';
import { type HistoryEvent, type StoredComment } from '../../domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../../domain/platform';
import type { AccountDirectory } from '../accounts/account-directory';
import { asText } from './csv-export';

const ACTIONS = new Set(['hidden', 'removed', 'unhidden']);

function groundOf(event: HistoryEvent): string {
  const reason = MODERATION_REASONS.find((r) => r === event.detail);
  return reason ? SV.moderationReasons[reason] : '';
}

/**
 * The moderation register, for the records officer: every hiding, removal and showing again of a comment from its
 * card in the period, from the history (so a comment shown again keeps its line), with the ground (BBS-lagen 5 §
 * or the city's rules), who did it and when, and the copy kept while it is hidden or removed (empty once the
 * records plan removed it). Semicolon-separated with a byte-order mark, as Excel with Swedish settings opens it.
 */
export function moderationRegisterCsv(
  comments: readonly StoredComment[],
  history: ReadonlyMap<string, readonly HistoryEvent[]>,
  accounts: AccountDirectory,
): string {
  const rows: { at: string; cells: string[] }[] = [];
  for (const comment of comments) {
    for (const event of history.get(commentKeyText(comment)) ?? []) {
      if (!ACTIONS.has(event.action)) continue;
      const copy = event.action === 'unhidden' ? undefined : comment.moderation?.copy;
      rows.push({
        at: event.at,
        cells: [
          commentKeyText(comment),
          PLATFORM_NAMES[comment.platform],
          accounts.displayName(comment.platform, comment.accountId),
          comment.writtenAt,
          MODERATION_ACTIONS[event.action as keyof typeof MODERATION_ACTIONS],
          groundOf(event),
          asText(event.by),
          event.at,
          asText(copy?.authorName ?? ''),
          asText(copy?.text ?? ''),
          copy?.permalink ?? '',
          comment.anonymisedAt ?? '',
        ],
      });
    }
  }
  rows.sort((a, b) => a.at.localeCompare(b.at));
  const csv = stringify(
    rows.map((r) => r.cells),
    { header: true, columns: [...MODERATION_COLUMNS], delimiter: ';', record_delimiter: '\r\n' },
  );
  return `\ufeff${csv}`;
}
