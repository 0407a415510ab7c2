import assert from 'node:assert/strict';
import { storageLocation } from '../../services/adapters/storage-location';

describe('where storage is, from TABLES_CONNECTION_STRING', () => {
  it('takes the account’s Table endpoint as storage reached with the managed identity, and finds its Blob endpoint', () => {
    const location = storageLocation('https://svarsvaktenprod4k2.table.core.windows.net/');
    assert.equal(location.kind, 'identity');
    if (location.kind !== 'identity') return;
    assert.equal(location.tableUrl, 'https://svarsvaktenprod4k2.table.core.windows.net');
    assert.equal(location.blobUrl, 'https://svarsvaktenprod4k2.blob.core.windows.net');
  });

  it('takes anything else as a connection string with the account key, as Azurite gives it', () => {
    const azurite =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=abc==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;';
    assert.deepEqual(storageLocation(azurite), { kind: 'connection_string', connectionString: azurite });
  });
});
