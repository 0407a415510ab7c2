import type { TableClient } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';
import type { Platform } from '../../domain/platform';
import type { PostStorm, StormStore, Versioned } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';
import { rowsInPlatformPartitions } from './platform-partitions';

/** A post's storm: `s|<post id>` in the Comments table, in the platform's partition beside its comments. */
type StormEntity = { partitionKey: string; rowKey: string; doc: string };

const rowKey = (postId: string) => `s|${encodeURIComponent(postId)}`;

export class TableStormStore implements StormStore {
  constructor(private readonly table: TableClient) {}

  async get(platform: Platform, postId: string): Promise<Versioned<PostStorm> | undefined> {
    try {
      const entity = await this.table.getEntity<StormEntity>(platform, rowKey(postId));
      return { value: JSON.parse(entity.doc) as PostStorm, etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async create(storm: PostStorm): Promise<Versioned<PostStorm> | undefined> {
    try {
      const result = await this.table.createEntity<StormEntity>({
        partitionKey: storm.platform,
        rowKey: rowKey(storm.postId),
        doc: JSON.stringify(storm),
      });
      return { value: storm, etag: result.etag ?? '' };
    } catch (error) {
      if (statusOf(error) === 409) return undefined;
      throw asStorageError(error);
    }
  }

  async forgetQuietSince(before: string): Promise<number> {
    let forgotten = 0;
    try {
      const rows = rowsInPlatformPartitions<StormEntity>(this.table, 's|', 's}');
      for await (const row of rows) {
        const storm = JSON.parse(row.doc) as PostStorm;
        if (storm.lastAt >= before) continue;
        // Conditional: a storm that drew a comment since it was read is left for a later pass.
        const deleted = await this.table
          .deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag })
          .then(() => true)
          .catch((error: unknown) => {
            if (statusOf(error) === 412 || statusOf(error) === 404) return false;
            throw error;
          });
        if (deleted) forgotten += 1;
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return forgotten;
  }

  async replace(storm: PostStorm, etag: string): Promise<Versioned<PostStorm>> {
    try {
      const result = await this.table.updateEntity<StormEntity>(
        { partitionKey: storm.platform, rowKey: rowKey(storm.postId), doc: JSON.stringify(storm) },
        'Replace',
        { etag },
      );
      return { value: storm, etag: result.etag ?? '' };
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) {
        throw new AppError('concurrent_update', 'The storm changed while it was being updated');
      }
      throw asStorageError(error);
    }
  }
}
