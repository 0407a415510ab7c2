import type { TableClient } from '@azure/data-tables';
import type { AccountRoute, RouteStore } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

const PARTITION = 'route';

type RouteEntity = { partitionKey: string; rowKey: string; doc: string };

function rowKey(platform: string, accountId: string): string {
  return encodeURIComponent(`${platform}:${accountId}`);
}

/** Account → channel bindings made with `koppla`. */
export class TableRouteStore implements RouteStore {
  constructor(private readonly table: TableClient) {}

  async get(platform: string, accountId: string): Promise<AccountRoute | undefined> {
    try {
      const entity = await this.table.getEntity<RouteEntity>(PARTITION, rowKey(platform, accountId));
      return JSON.parse(entity.doc) as AccountRoute;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async bind(route: AccountRoute): Promise<void> {
    try {
      await this.table.upsertEntity(
        {
          partitionKey: PARTITION,
          rowKey: rowKey(route.platform, route.accountId),
          doc: JSON.stringify(route),
        },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async list(): Promise<AccountRoute[]> {
    try {
      const routes: AccountRoute[] = [];
      for await (const entity of this.table.listEntities<RouteEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'` },
      })) {
        routes.push(JSON.parse(entity.doc) as AccountRoute);
      }
      return routes;
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
