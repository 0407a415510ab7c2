import type { TableClient } from '@azure/data-tables';
import type { Installation, InstallationStore } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

const PARTITION = 'team';

interface InstallationEntity {
  partitionKey: string;
  rowKey: string;
  doc: string;
  active: boolean;
}

export class TableInstallationStore implements InstallationStore {
  constructor(private readonly table: TableClient) {}

  async save(installation: Installation): Promise<void> {
    const entity: InstallationEntity = {
      partitionKey: PARTITION,
      rowKey: encodeURIComponent(installation.teamId),
      doc: JSON.stringify(installation),
      active: installation.active,
    };
    try {
      await this.table.upsertEntity(entity, 'Replace');
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async get(teamId: string): Promise<Installation | undefined> {
    try {
      const entity = await this.table.getEntity<InstallationEntity>(PARTITION, encodeURIComponent(teamId));
      return JSON.parse(entity.doc) as Installation;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async markInactive(teamId: string): Promise<void> {
    const existing = await this.get(teamId);
    if (existing) await this.save({ ...existing, active: false });
  }

  async listActive(): Promise<Installation[]> {
    try {
      const result: Installation[] = [];
      const entities = this.table.listEntities<InstallationEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}' and active eq true` },
      });
      for await (const entity of entities) result.push(JSON.parse(entity.doc) as Installation);
      return result.sort((a, b) => a.installedAt.localeCompare(b.installedAt));
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
