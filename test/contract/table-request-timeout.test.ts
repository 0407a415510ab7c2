import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { azuriteConnectionString } from '../../bot/local/azurite';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { testKeyedIds } from '../support/keyed-ids';

describe('Table Storage that takes a request and never answers', () => {
  it('is given up after the time limit and told as storage unavailable, not waited on for as long as the socket', async () => {
    const open = new Set<http.ServerResponse>();
    // Reads every request and answers none: a connection left half open on the storage side.
    const silent = http.createServer((req, res) => {
      req.resume();
      open.add(res);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const tables = createTableClients(azuriteConnectionString(port), 'silent', 300);
      const store = new TableCommentStore(tables.comments, testKeyedIds);
      const started = performance.now();
      const outcome = await Promise.race([
        store.get({ platform: 'facebook', commentId: '1' }).then(
          () => 'answered',
          (error: { code?: string }) => error.code,
        ),
        new Promise((resolve) => setTimeout(resolve, 10_000, 'still waiting')),
      ]);
      assert.equal(outcome, 'storage_unavailable');
      assert.ok(performance.now() - started < 5000, 'within seconds of the limit');
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
