import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TableConversationIndex } from '../../services/adapters/tables/table-conversation-index';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import type { ConversationIndex } from '../../services/ports/index';
import { InMemoryConversationIndex } from '../fakes/memory/in-memory-conversation-index';
import { azurite } from '../support/global-azurite';

const implementations: [string, () => Promise<ConversationIndex>][] = [
  [
    'Azure Tables on Azurite',
    async () => {
      const tables = createTableClients(azurite().connectionString, `a${randomBytes(6).toString('hex')}`);
      await ensureTables(tables);
      return new TableConversationIndex(tables.comments);
    },
  ],
  ['in memory', async () => new InMemoryConversationIndex()],
];

for (const [name, open] of implementations) {
  describe(`conversation index contract: ${name}`, () => {
    it('finds the comment an answer belongs to by the answer’s id on its platform, until forgotten', async () => {
      const index = await open();
      const answer = { platform: 'x', commentId: '2120425848310211829' } as const;
      const comment = { platform: 'x', commentId: '2120241964920390779' } as const;
      assert.equal(await index.find(answer), undefined);
      await index.remember(answer, comment);
      await index.remember(answer, comment);
      assert.deepEqual(await index.find(answer), comment);
      assert.equal(await index.find({ platform: 'facebook', commentId: answer.commentId }), undefined);
      await index.forget(answer);
      await index.forget(answer);
      assert.equal(await index.find(answer), undefined);
    });
  });
}
