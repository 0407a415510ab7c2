import { utcIso } from '../../domain/utc-iso';
import type { TableClient } from '@azure/data-tables';
import type { NoticeLedger, Clock } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

/** An insert that only the first caller wins: the row's existence is the memory. */
export class TableNoticeLedger implements NoticeLedger {
  constructor(
    private readonly table: TableClient,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async firstTime(key: string): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: 'notice',
        rowKey: encodeURIComponent(key),
        at: utcIso(this.clock.now()),
      });
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw asStorageError(error);
    }
  }
}
