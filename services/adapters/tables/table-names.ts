import { TableClient } from '@azure/data-tables';
import { asStorageError, statusOf } from './table-errors';

export const TABLES = {
  comments: 'Comments',
  installations: 'Installations',
  staff: 'Staff',
  routes: 'Routes',
  notices: 'Notices',
  reminders: 'Reminders',
  duty: 'Duty',
  personalChats: 'PersonalChats',
  pollers: 'Pollers',
  audit: 'Audit',
  savedAnswers: 'SavedAnswers',
  credentials: 'Credentials',
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];

export interface TableClients {
  readonly comments: TableClient;
  readonly installations: TableClient;
  readonly staff: TableClient;
  readonly routes: TableClient;
  readonly notices: TableClient;
  readonly reminders: TableClient;
  readonly duty: TableClient;
  readonly personalChats: TableClient;
  readonly pollers: TableClient;
  readonly audit: TableClient;
  readonly savedAnswers: TableClient;
  readonly credentials: TableClient;
}

/** Table clients; a prefix lets several environments (or test runs) share one storage account. */
export function createTableClients(connectionString: string, prefix = ''): TableClients {
  const options = {
    allowInsecureConnection: /TableEndpoint=http:|DefaultEndpointsProtocol=http;/.test(connectionString),
    // A webhook waits for its write: a few quick retries ride out a blip, then the caller hears 503 and retries.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  };
  return {
    comments: TableClient.fromConnectionString(connectionString, prefix + TABLES.comments, options),
    installations: TableClient.fromConnectionString(connectionString, prefix + TABLES.installations, options),
    staff: TableClient.fromConnectionString(connectionString, prefix + TABLES.staff, options),
    routes: TableClient.fromConnectionString(connectionString, prefix + TABLES.routes, options),
    notices: TableClient.fromConnectionString(connectionString, prefix + TABLES.notices, options),
    reminders: TableClient.fromConnectionString(connectionString, prefix + TABLES.reminders, options),
    duty: TableClient.fromConnectionString(connectionString, prefix + TABLES.duty, options),
    personalChats: TableClient.fromConnectionString(connectionString, prefix + TABLES.personalChats, options),
    pollers: TableClient.fromConnectionString(connectionString, prefix + TABLES.pollers, options),
    audit: TableClient.fromConnectionString(connectionString, prefix + TABLES.audit, options),
    savedAnswers: TableClient.fromConnectionString(connectionString, prefix + TABLES.savedAnswers, options),
    credentials: TableClient.fromConnectionString(connectionString, prefix + TABLES.credentials, options),
  };
}

/** Creates the tables where they are missing. */
export async function ensureTables(clients: TableClients): Promise<void> {
  for (const client of Object.values(clients) as TableClient[]) {
    try {
      await client.createTable();
    } catch (error) {
      if (statusOf(error) !== 409) throw asStorageError(error);
    }
  }
}
