import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { isPlatform, PLATFORMS } from '../../domain/platform';
import type { FigureMarkers, UncountedComment } from '../../ports/index';
import type { CommentKey } from '../../domain/platform';
import { FIGURES_DUE_PREFIX, figureMarkerKey } from './figure-marker';
import { UNPOSTED_PREFIX } from './outbox-marker';
import { asStorageError, statusOf } from './table-errors';

/**
 * The comments whose figures may not be counted: those with a figures marker (services/adapters/tables/figure-marker.ts),
 * and new ones whose card is not posted yet (their outbox marker stands in for it until then).
 */
export class TableFigureMarkers implements FigureMarkers {
  constructor(private readonly table: TableClient) {}

  async list(): Promise<UncountedComment[]> {
    // Each platform's partition, each marker's range of row keys: an index range, however many comments there are.
    const ranges = PLATFORMS.flatMap((platform) =>
      [FIGURES_DUE_PREFIX, UNPOSTED_PREFIX].map(
        (prefix) =>
          odata`PartitionKey eq ${platform} and RowKey ge ${prefix} and RowKey lt ${`${prefix.slice(0, -1)}}`}`,
      ),
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
          const due = (row.rowKey ?? '').startsWith(FIGURES_DUE_PREFIX) && row.etag;
          found.push(due ? { key, marker: row.etag } : { key });
        }
      }
      return found;
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async drop(counted: readonly { readonly key: CommentKey; readonly marker: string }[]): Promise<void> {
    // One at a time, each on its ETag: a transaction's delete cannot be made conditional.
    for (const { key, marker } of counted) {
      try {
        await this.table.deleteEntity(key.platform, figureMarkerKey(key.commentId), { etag: marker });
      } catch (error) {
        // Gone, or written again by a change since: that one is counted at its own turn.
        if (statusOf(error) !== 404 && statusOf(error) !== 412) throw asStorageError(error);
      }
    }
  }
}
