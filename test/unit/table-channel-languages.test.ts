import assert from 'node:assert/strict';
import type { TableClient } from '@azure/data-tables';
import { TableChannelLanguages } from '../../services/adapters/tables/table-channel-languages';

describe('the language kept for a channel, when storage stops answering', () => {
  it('keeps the language read last rather than guess, and says so only where nothing was read', async () => {
    let answering = true;
    const table = {
      getEntity: async () => {
        if (!answering) throw Object.assign(new Error('The server is busy.'), { statusCode: 503 });
        return { partitionKey: 'channel-language', rowKey: 'c', language: 'en' };
      },
    } as unknown as TableClient;
    let now = 0;
    const languages = new TableChannelLanguages(table, () => now);
    assert.equal(await languages.of('19:kanal'), 'en');
    answering = false;
    now = 120_000;
    assert.equal(await languages.of('19:kanal'), 'en', 'the channel’s cards are not redrawn in Swedish');
    await assert.rejects(languages.of('19:annan'), (error: { code?: string }) => error.code !== undefined);
  });
});
