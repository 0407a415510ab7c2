import type { TableClient } from '@azure/data-tables';
import type { PersonalChatStore } from '../../ports';
import { asStorageError, statusOf } from './table-errors';

type ChatEntity = { partitionKey: string; rowKey: string; conversationId: string };

/** The bot's 1:1 conversation with each user, created once and reused. */
export class TablePersonalChatStore implements PersonalChatStore {
  constructor(private readonly table: TableClient) {}

  async get(userId: string): Promise<string | undefined> {
    try {
      return (await this.table.getEntity<ChatEntity>('chat', encodeURIComponent(userId))).conversationId;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async save(userId: string, conversationId: string): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: 'chat', rowKey: encodeURIComponent(userId), conversationId },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
