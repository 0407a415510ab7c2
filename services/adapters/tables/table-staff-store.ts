import type { TableClient } from '@azure/data-tables';
import type { StaffMember, StaffRole, StaffStore } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';
import { deleteRow, listPartition } from './table-rows';

const PARTITION = 'staff';

type StaffEntity = {
  partitionKey: string;
  rowKey: string;
  name: string;
  addedBy: string;
  addedAt: string;
  teamsId?: string;
  role?: string;
};

function roleOf(value: string | undefined): { role?: StaffRole } {
  return value === 'trainee' || value === 'approver' ? { role: value } : {};
}

function toMember(entity: StaffEntity): StaffMember {
  return {
    id: decodeURIComponent(entity.rowKey),
    name: entity.name,
    addedBy: entity.addedBy,
    addedAt: entity.addedAt,
    ...(entity.teamsId ? { teamsId: entity.teamsId } : {}),
    ...roleOf(entity.role),
  };
}

/** Trained staff (P11), keyed by Entra object id. */
export class TableStaffStore implements StaffStore {
  constructor(private readonly table: TableClient) {}

  async get(id: string): Promise<StaffMember | undefined> {
    try {
      return toMember(await this.table.getEntity<StaffEntity>(PARTITION, encodeURIComponent(id)));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async add(member: StaffMember): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: PARTITION,
          rowKey: encodeURIComponent(member.id),
          name: member.name,
          addedBy: member.addedBy,
          addedAt: member.addedAt,
          ...(member.teamsId ? { teamsId: member.teamsId } : {}),
          ...(member.role ? { role: member.role } : {}),
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  remove(id: string): Promise<boolean> {
    return deleteRow(this.table, PARTITION, encodeURIComponent(id));
  }

  async list(): Promise<StaffMember[]> {
    const members = await listPartition<StaffEntity, StaffMember>(this.table, PARTITION, toMember);
    return members.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
