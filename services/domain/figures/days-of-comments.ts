import type { StoredComment } from '../comment';
import { countOf, figureDayOf, type CommentCount } from './comment-count';
import { foldDay, type DayFigures } from './day-totals';

/** The day figures of comments in hand: what the stored figures hold for the same comments. */
export function daysOfComments(comments: Iterable<StoredComment>): DayFigures[] {
  const byDay = new Map<
    string,
    { day: string; platform: StoredComment['platform']; counts: CommentCount[] }
  >();
  for (const comment of comments) {
    const day = figureDayOf(comment.writtenAt);
    const key = `${day}|${comment.platform}`;
    const found = byDay.get(key) ?? { day, platform: comment.platform, counts: [] };
    found.counts.push(countOf(comment));
    byDay.set(key, found);
  }
  return [...byDay.values()].map(({ day, platform, counts }) => ({ day, platform, totals: foldDay(counts) }));
}
