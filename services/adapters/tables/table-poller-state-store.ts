import type { TableClient } from '@azure/data-tables';
import type { PollerStateStore } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

type LeaseEntity = { partitionKey: string; rowKey: string; holder: string; until: string };
type WatermarkEntity = { partitionKey: string; rowKey: string; value: string };

/**
 * Leases and watermarks of the pollers. A lease is taken with a conditional write on the row's ETag (or an insert
 * when there is none), so of several instances exactly one polls; it is renewed by its holder and passes on when
 * it runs out.
 */
export class TablePollerStateStore implements PollerStateStore {
  constructor(private readonly table: TableClient) {}

  async tryLease(poller: string, holder: string, now: string, until: string): Promise<boolean> {
    const rowKey = encodeURIComponent(poller);
    try {
      let current: (LeaseEntity & { etag: string }) | undefined;
      try {
        current = await this.table.getEntity<LeaseEntity>('lease', rowKey);
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      if (!current) {
        await this.table.createEntity<LeaseEntity>({ partitionKey: 'lease', rowKey, holder, until });
        return true;
      }
      if (current.holder !== holder && current.until > now) return false;
      await this.table.updateEntity<LeaseEntity>(
        { partitionKey: 'lease', rowKey, holder, until },
        'Replace',
        {
          etag: current.etag,
        },
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 412) return false;
      throw asStorageError(error);
    }
  }

  async getWatermark(key: string): Promise<string | undefined> {
    try {
      return (await this.table.getEntity<WatermarkEntity>('watermark', encodeURIComponent(key))).value;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async setWatermark(key: string, value: string): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: 'watermark', rowKey: encodeURIComponent(key), value },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
