import { storageLocation } from '../storage-location';
import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { requestTimeout, TABLE_REQUEST_TIMEOUT_MS } from './request-timeout';
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
  figures: 'Figures',
  inbox: 'Inbox',
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
  /** The overview's figures and queue, kept from the comments (services/app/overview/figure-keeper.ts). */
  readonly figures: TableClient;
  /** Webhook deliveries acknowledged and not yet ingested (table-delivery-inbox.ts). */
  readonly inbox: TableClient;
}

/**
 * Table clients; a prefix lets several environments (or test runs) share one storage account. `storage` is a
 * connection string, or the account's Table endpoint reached with the managed identity (storage-location.ts).
 */
export function createTableClients(
  storage: string,
  prefix = '',
  timeoutMs = TABLE_REQUEST_TIMEOUT_MS,
): TableClients {
  const location = storageLocation(storage);
  const options: TableServiceClientOptions = {
    allowInsecureConnection:
      location.kind === 'connection_string' &&
      /TableEndpoint=http:|DefaultEndpointsProtocol=http;/.test(location.connectionString),
    // A webhook waits for its write: a few quick retries ride out a blip, then the caller hears 503 and retries.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
    // A request whose answer does not begin is given up, not waited on for as long as the socket lives.
    additionalPolicies: [{ policy: requestTimeout(timeoutMs), position: 'perRetry' }],
  };
  const client = (name: string) =>
    location.kind === 'connection_string'
      ? TableClient.fromConnectionString(location.connectionString, prefix + name, options)
      : new TableClient(location.tableUrl, prefix + name, location.credential, options);
  return {
    comments: client(TABLES.comments),
    installations: client(TABLES.installations),
    staff: client(TABLES.staff),
    routes: client(TABLES.routes),
    notices: client(TABLES.notices),
    reminders: client(TABLES.reminders),
    duty: client(TABLES.duty),
    personalChats: client(TABLES.personalChats),
    pollers: client(TABLES.pollers),
    audit: client(TABLES.audit),
    savedAnswers: client(TABLES.savedAnswers),
    credentials: client(TABLES.credentials),
    figures: client(TABLES.figures),
    inbox: client(TABLES.inbox),
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
