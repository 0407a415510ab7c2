import type { TableClient } from '@azure/data-tables';
import type { PersonalChatStore, ReaderLanguages } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

type ChatEntity = { partitionKey: string; rowKey: string; conversationId: string };
type RefusalEntity = { partitionKey: string; rowKey: string; until: string };

/**
 * The bot's 1:1 conversation with each user, created once and reused; whom Teams refused a chat with; and the
 * language each reads Teams in.
 */
export class TablePersonalChatStore implements PersonalChatStore, ReaderLanguages {
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
      await this.table.deleteEntity('refused', encodeURIComponent(userId)).catch((error: unknown) => {
        if (statusOf(error) !== 404) throw error;
      });
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async markRefused(userId: string, until: string): Promise<void> {
    try {
      await this.table.upsertEntity<RefusalEntity>(
        { partitionKey: 'refused', rowKey: encodeURIComponent(userId), until },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async refusedUntil(userId: string): Promise<string | undefined> {
    try {
      return (await this.table.getEntity<RefusalEntity>('refused', encodeURIComponent(userId))).until;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async of(userId: string): Promise<'sv' | 'en' | undefined> {
    try {
      const found = await this.table.getEntity<{ language: string }>('language', encodeURIComponent(userId));
      return found.language === 'en' ? 'en' : found.language === 'sv' ? 'sv' : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async remember(userId: string, language: 'sv' | 'en'): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: 'language', rowKey: encodeURIComponent(userId), language },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
