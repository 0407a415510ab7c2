import { TableClient } from '@azure/data-tables';
import assert from 'node:assert/strict';
import { startAzurite, type RunningAzurite } from '../../bot/local/azurite';
import { freePort } from '../support/free-port';

/**
 * The Azurite the bot starts where no storage is configured (and the tests and the benchmark start) runs for as
 * long as they do: what it serves must not cost the process that started it anything.
 */
describe('the embedded Azurite', () => {
  let azurite: RunningAzurite;
  before(async () => {
    azurite = await startAzurite({ port: await freePort() });
  });
  after(() => azurite.stop());

  it('writes nothing per request, and nothing it writes is held by the process that started it', async () => {
    let written = 0;
    const count = (chunk: Buffer) => (written += chunk.length);
    const streams = [azurite.process.stdout, azurite.process.stderr];
    assert.deepEqual(
      streams.map((s) => s?.listenerCount('data')),
      [0, 0],
    );
    for (const stream of streams) stream?.on('data', count);
    const table = TableClient.fromConnectionString(azurite.connectionString, 'embedded', {
      allowInsecureConnection: true,
    });
    await table.createTable();
    for (let i = 0; i < 50; i += 1) await table.upsertEntity({ partitionKey: 'p', rowKey: String(i), n: i });
    const read = await table.getEntity<{ n: number }>('p', '49');
    assert.equal(read.n, 49);
    assert.equal(written, 0);
  });
});
