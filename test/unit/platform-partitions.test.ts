import assert from 'node:assert/strict';
import type { TableClient } from '@azure/data-tables';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { TableRedactionQueue } from '../../services/adapters/tables/table-redaction-queue';
import { TableStormStore } from '../../services/adapters/tables/table-storm-store';

/** A comments table that answers every read with nothing, and keeps the filter of each. */
function recordingTable(filters: string[]): TableClient {
  return {
    listEntities: (options?: { queryOptions?: { filter?: string } }) => {
      filters.push(options?.queryOptions?.filter ?? '');
      return (async function* () {})();
    },
  } as unknown as TableClient;
}

describe('the queues read from the comments table every few seconds', () => {
  it('read a range in each platform’s partition, never every partition of the table', async () => {
    const filters: string[] = [];
    const table = recordingTable(filters);
    await new TableOutboxQueue(table).listDue('2026-12-07T10:00:00.000Z', 10);
    await new TableRedactionQueue(table).listDue('2026-12-07T10:00:00.000Z', 10);
    await new TableStormStore(table).forgetQuietSince('2026-12-07T10:00:00.000Z');
    assert.equal(filters.length, 18, 'six platforms, three queues');
    for (const filter of filters)
      assert.match(
        filter,
        /^PartitionKey eq '(facebook|messenger|instagram|linkedin|x|youtube)' and RowKey ge '/,
      );
    assert.ok(filters.some((f) => f.includes("PartitionKey eq 'youtube' and RowKey ge 'o|'")));
    assert.ok(
      filters.some((f) => /PartitionKey eq 'x' and RowKey ge 'g\|' and RowKey lt 'g}' and dueAt le /.test(f)),
    );
  });
});
