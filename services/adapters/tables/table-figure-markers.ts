import type { TableClient, TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { isPlatform, PLATFORMS } from '../../domain/platform';
import type { FigureMarkers, UncountedComment } from '../../ports/index';
import type { CommentKey } from '../../domain/platform';
import { FIGURES_DUE_PREFIX, figureMarkerKey } from './figure-marker';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow } from './table-rows';

/**
 * The comments whose figures may not be counted: those with a figures marker (services/adapters/tables/figure-marker.ts).
 * A new comment whose card is not posted yet has none: its card's record writes one, and each start's build counts
 * every comment.
 */
export class TableFigureMarkers implements FigureMarkers {
  constructor(private readonly table: TableClient) {}

  async list(): Promise<UncountedComment[]> {
    // Each platform's partition, each marker's range of row keys: an index range, however many comments there are.
    const ranges = PLATFORMS.map(
      (platform) =>
        odata`PartitionKey eq ${platform} and RowKey ge ${FIGURES_DUE_PREFIX} and RowKey lt ${'f}'}`,
    );
    try {
      const found: UncountedComment[] = [];
      for (const filter of ranges) {
        const rows = this.table.listEntities<{ commentId?: string }>({
          queryOptions: { filter, select: ['PartitionKey', 'RowKey', 'commentId'] },
        });
        for await (const row of rows) {
          if (!isPlatform(row.partitionKey) || typeof row.commentId !== 'string') continue;
          const key = { platform: row.partitionKey, commentId: row.commentId };
          found.push({ key });
        }
      }
      return found;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  /**
   * Drops counted markers in shared transactions, a partition's at a time. A transaction's delete cannot be made
   * conditional, so a marker a later change wrote meanwhile may go with them: that change is counted by the
   * instance that wrote it, and should it stop first, its next start builds the figures from every comment.
   */
  async drop(counted: readonly CommentKey[]): Promise<void> {
    const byPartition = new Map<string, Set<string>>();
    for (const key of counted) {
      const keys = byPartition.get(key.platform) ?? new Set<string>();
      keys.add(figureMarkerKey(key.commentId));
      byPartition.set(key.platform, keys);
    }
    for (const [platform, keys] of byPartition) {
      const rows = [...keys];
      for (let start = 0; start < rows.length; start += 100) {
        const chunk = rows.slice(start, start + 100);
        try {
          await this.table.submitTransaction(
            chunk.map((rowKey): TransactionAction => ['delete', { partitionKey: platform, rowKey }]),
          );
        } catch (error) {
          // One already gone fails them all: each on its own, then.
          if (statusOf(error) !== 404) throw asStorageError(error);
          for (const rowKey of chunk) await deleteRow(this.table, platform, rowKey);
        }
      }
    }
  }
}
