import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { isPlatform, PLATFORMS } from '../../domain/platform';
import type { FigureMarkers, UncountedComment } from '../../ports/index';
import type { CommentKey } from '../../domain/platform';
import { FIGURES_DUE_PREFIX, figureMarkerKey } from './figure-marker';
import { asStorageError, statusOf } from './table-errors';

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
          found.push({ key, marker: row.etag });
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
