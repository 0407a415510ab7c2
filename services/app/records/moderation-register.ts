import { stringify } from 'csv-stringify/sync';
import { MODERATION_ACTIONS, MODERATION_COLUMNS } from '../../../cards/locale/export-texts';
import { SV } from '../../../cards/locale/sv';
import { MODERATION_REASONS } from '../../domain/workflow';
import { type HistoryEvent, type StoredComment } from '../../domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../../domain/platform';
import type { AccountDirectory } from '../accounts/account-directory';
import { asText, BOM, CSV_FORMAT } from './csv-export';

const ACTIONS = new Set(['hidden', 'removed', 'unhidden']);

/** Whether a history line is one the moderation register lists. */
export const isModeration = (event: HistoryEvent) => ACTIONS.has(event.action);

function groundOf(event: HistoryEvent): string {
  const reason = MODERATION_REASONS.find((r) => r === event.detail);
  return reason ? SV.moderationReasons[reason] : '';
}

/** What the register reads of a comment. */
type ModeratedComment = Pick<
  StoredComment,
  'platform' | 'commentId' | 'accountId' | 'writtenAt' | 'moderation' | 'anonymisedAt'
>;

/** A line of the moderation register, with the time it is ordered by. */
export interface ModerationLine {
  readonly at: string;
  readonly cells: string[];
}

/**
 * The moderation register, for the records officer: every hiding, removal and showing again of a comment from its
 * card in the period, from the history (so a comment shown again keeps its line), with the ground (BBS-lagen 5 §
 * or the city's rules), who did it and when, and the copy kept while it is hidden or removed (empty once the
 * records plan removed it). These are one comment's lines; the register orders them all by time.
 */
export function moderationLines(
  comment: ModeratedComment,
  events: readonly HistoryEvent[],
  accounts: AccountDirectory,
): ModerationLine[] {
  const lines: ModerationLine[] = [];
  for (const event of events) {
    if (!isModeration(event)) continue;
    const copy = event.action === 'unhidden' ? undefined : comment.moderation?.copy;
    lines.push({
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
  return lines;
}

/** The register's file from its lines, oldest first. */
export function moderationCsv(lines: ModerationLine[]): string {
  const sorted = [...lines].sort((a, b) => a.at.localeCompare(b.at)).map((line) => line.cells);
  return `${BOM}${stringify(sorted, { header: true, columns: [...MODERATION_COLUMNS], ...CSV_FORMAT })}`;
}

/** The register of the comments in hand, each with its history (the archive package). */
export function moderationRegisterCsv(
  comments: readonly { comment: ModeratedComment; history: readonly HistoryEvent[] }[],
  accounts: AccountDirectory,
): string {
  return moderationCsv(comments.flatMap((c) => moderationLines(c.comment, c.history, accounts)));
}
