import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

/**
 * Where storage is and how it is reached, from the one setting that names it (TABLES_CONNECTION_STRING): a
 * connection string with the account key (Azurite, or an account that allows shared keys), or the account's Table
 * endpoint (`https://<account>.table.core.windows.net`), reached with the app's managed identity through Entra ID
 * (`AZURE_CLIENT_ID` names it), so no account key exists anywhere. The Blob endpoint is the Table endpoint's sibling.
 */
export type StorageLocation =
  | { readonly kind: 'connection_string'; readonly connectionString: string }
  | {
      readonly kind: 'identity';
      readonly tableUrl: string;
      readonly blobUrl: string;
      readonly credential: TokenCredential;
    };

const credentials = new Map<string, TokenCredential>();

export function storageLocation(setting: string): StorageLocation {
  const endpoint = /^https:\/\/([a-z0-9]+)\.table\.(.+?)\/?$/.exec(setting.trim());
  if (!endpoint) return { kind: 'connection_string', connectionString: setting };
  const clientId = process.env.AZURE_CLIENT_ID ?? '';
  let credential = credentials.get(clientId);
  if (!credential) {
    credential = new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId } : {});
    credentials.set(clientId, credential);
  }
  return {
    kind: 'identity',
    tableUrl: `https://${endpoint[1]}.table.${endpoint[2]}`,
    blobUrl: `https://${endpoint[1]}.blob.${endpoint[2]}`,
    credential,
  };
}
