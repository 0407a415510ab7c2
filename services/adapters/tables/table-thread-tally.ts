import type { TableClient, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { DateTime } from 'luxon';
import { AppError } from '../../domain/app-error';
import { recount, type ReplyStanding, type ThreadCount } from '../../domain/conversation';
import { isKeyedId, type KeyedIds } from '../../domain/keyed-id';
import type { CommentKey } from '../../domain/platform';
import type { ThreadTally } from '../../ports/index';
import { sleepOnTimers } from '../system-clock';
import { asStorageError, statusOf } from './table-errors';

/** The tally's rows, beside the comments in the platform's partition: `t|<first item>|…`. */
export const TALLY_PREFIX = 't|';
/** Lost races (another change of the same conversation wrote first) before the count gives up for now. */
const ATTEMPTS = 12;

/** A short wait that grows and differs between racers, so the ones that lost do not meet again at once. */
const backOff = (attempt: number) => sleepOnTimers(Math.random() * 20 * Math.min(attempt, 5));
/** Later than any time a comment is written: what a waiting row's time is counted down from. */
const LATEST_MS = 9_999_999_999_999;

/** The row keys of one reply in one conversation's tally, both named by their keyed ids. */
export function tallyRowKeys(keyedRoot: string, keyedReply: string) {
  const thread = `${TALLY_PREFIX}${keyedRoot}|`;
  return {
    thread,
    figures: `${thread}n`,
    reply: `${thread}r|${keyedReply}`,
    waiting: (writtenAt: string) =>
      `${thread}w|${String(LATEST_MS - millisOf(writtenAt)).padStart(13, '0')}|${keyedReply}`,
  };
}

/** A written time as milliseconds; one that cannot be read counts as the oldest, so it never hides a real one. */
function millisOf(writtenAt: string): number {
  const at = DateTime.fromISO(writtenAt, { zone: 'utc' });
  return at.isValid ? at.toMillis() : 0;
}

type FiguresEntity = { partitionKey: string; rowKey: string; replies: number; unanswered: number };
type ReplyEntity = { partitionKey: string; rowKey: string; waiting: boolean; writtenAt: string };

/**
 * The thread tally on Azure Tables, in the platform's partition of the Comments table: per conversation one row of
 * figures (`…|n`), one row per reply with its standing (`…|r|<reply>`) and one row per waiting reply keyed by its
 * time counted down (`…|w|<time>|<reply>`), so the latest waiting one is the first row of its range. A change is
 * one transaction of those rows, conditional on their ETags: a reply is counted once however often it is told, and
 * what a change costs does not grow with the thread. Ids are the records plan's keyed ids (`RETENTION_KEY`), so
 * nothing here names a resident's comment on its platform, before or after the purge.
 */
export class TableThreadTally implements ThreadTally {
  constructor(
    private readonly table: TableClient,
    private readonly keyedIds: KeyedIds,
  ) {}

  private keyOf(key: CommentKey): string {
    return isKeyedId(key.commentId) ? key.commentId : this.keyedIds(key);
  }

  async count(
    root: CommentKey,
    reply: CommentKey,
    standing: () => Promise<ReplyStanding | undefined>,
  ): Promise<ThreadCount | undefined> {
    const partitionKey = root.platform;
    const keys = tallyRowKeys(this.keyOf(root), this.keyOf(reply));
    const { thread, figures: figuresKey, reply: replyKey, waiting: waitingKey } = keys;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      if (attempt > 0) await backOff(attempt);
      const [figures, counted] = await Promise.all([
        this.read<FiguresEntity>(partitionKey, figuresKey),
        this.read<ReplyEntity>(partitionKey, replyKey),
      ]);
      const now = await standing();
      if (!now) return figures && this.withLatest(partitionKey, thread, figures);
      const before = counted && { waiting: counted.waiting, writtenAt: counted.writtenAt };
      const same = before !== undefined && before.waiting === now.waiting;
      const next = same
        ? (figures ?? { replies: 0, unanswered: 0 })
        : recount(figures ?? { replies: 0, unanswered: 0 }, before, now);
      const writtenAt = before?.writtenAt ?? now.writtenAt;
      const replyRow = { partitionKey, rowKey: replyKey, waiting: now.waiting, writtenAt };
      // Written even when nothing moved: a count that read the reply before this one did fails on the ETag and
      // reads it again, so the standing read last is the one that stays.
      const actions: TransactionAction[] = [
        counted ? ['update', replyRow, 'Replace', { etag: counted.etag }] : ['create', replyRow],
      ];
      if (!same) {
        actions.push(
          figures
            ? ['update', { partitionKey, rowKey: figuresKey, ...next }, 'Replace', { etag: figures.etag }]
            : ['create', { partitionKey, rowKey: figuresKey, ...next }],
        );
        // The waiting row changes with the standing, in the same transaction: it is there exactly while it waits.
        if (now.waiting) actions.push(['upsert', { partitionKey, rowKey: waitingKey(writtenAt) }, 'Replace']);
        else if (before?.waiting) actions.push(['delete', { partitionKey, rowKey: waitingKey(writtenAt) }]);
      }
      try {
        await this.table.submitTransaction(actions);
      } catch (error) {
        if (statusOf(error) === 409 || statusOf(error) === 412) continue;
        throw asStorageError(error);
      }
      return this.withLatest(partitionKey, thread, next);
    }
    throw new AppError('concurrent_update', 'The conversation kept changing while it was counted');
  }

  async figures(root: CommentKey): Promise<ThreadCount | undefined> {
    const { thread, figures: figuresKey } = tallyRowKeys(this.keyOf(root), '');
    const figures = await this.read<FiguresEntity>(root.platform, figuresKey);
    return figures && this.withLatest(root.platform, thread, figures);
  }

  /** The figures with the time of the latest waiting reply: the first row of the waiting range. */
  private async withLatest(
    partitionKey: string,
    thread: string,
    figures: { readonly replies: number; readonly unanswered: number },
  ): Promise<ThreadCount> {
    const counts = { replies: figures.replies, unanswered: figures.unanswered };
    if (counts.unanswered === 0) return counts;
    const from = `${thread}w|`;
    try {
      const pages = this.table
        .listEntities<{ rowKey: string }>({
          queryOptions: {
            filter: odata`PartitionKey eq ${partitionKey} and RowKey gt ${from} and RowKey lt ${from + '~'}`,
            select: ['RowKey'],
          },
        })
        .byPage({ maxPageSize: 1 });
      for await (const page of pages) {
        const first = page[0];
        if (!first) continue;
        const counted = Number(first.rowKey.slice(from.length).split('|')[0]);
        if (!Number.isFinite(counted)) return counts;
        return { ...counts, latestWaitingAt: new Date(LATEST_MS - counted).toISOString() };
      }
      return counts;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  private async read<E extends object>(
    partitionKey: string,
    rowKey: string,
  ): Promise<(E & { etag: string }) | undefined> {
    try {
      return await this.table.getEntity<E>(partitionKey, rowKey);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }
}
