import type { TableClient } from '@azure/data-tables';
import type { SavedAnswer } from '../../domain/saved-answer';
import type { SavedAnswers } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow, listPartition } from './table-rows';

const PARTITION = 'answer';

type AnswerEntity = Omit<SavedAnswer, 'id'> & { partitionKey: string; rowKey: string };

function toAnswer(entity: AnswerEntity): SavedAnswer {
  return {
    id: entity.rowKey,
    title: entity.title,
    text: entity.text,
    scope: entity.scope,
    ...(entity.language ? { language: entity.language } : {}),
    updatedBy: entity.updatedBy,
    updatedAt: entity.updatedAt,
  };
}

/** Saved answers, one row each, keyed by their id. */
export class TableSavedAnswers implements SavedAnswers {
  constructor(private readonly table: TableClient) {}

  async list(): Promise<SavedAnswer[]> {
    const answers = await listPartition<AnswerEntity, SavedAnswer>(this.table, PARTITION, toAnswer);
    return answers.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  }

  async get(id: string): Promise<SavedAnswer | undefined> {
    try {
      return toAnswer(await this.table.getEntity<AnswerEntity>(PARTITION, id));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async save(answer: SavedAnswer): Promise<void> {
    const { id, ...rest } = answer;
    try {
      await this.table.upsertEntity({ partitionKey: PARTITION, rowKey: id, ...rest }, 'Replace');
    } catch (error) {
      throw asStorageError(error);
    }
  }

  remove(id: string): Promise<boolean> {
    return deleteRow(this.table, PARTITION, id);
  }
}
