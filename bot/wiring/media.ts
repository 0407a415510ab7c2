import { BlobMediaVault } from '../../services/adapters/blobs/blob-media-vault';
import { isPlatformMediaLink } from '../../services/domain/platform-links';
import type { MediaVault } from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import type { Logger } from './logger';

/** Without a Blob service nothing is copied: the links to the platforms stay what the comment keeps. */
const NO_VAULT: MediaVault = {
  keep: async (comment) => comment.media ?? [],
  stream: async () => undefined,
  forget: async () => undefined,
};

/** Whether the storage account's connection string reaches a Blob service (a table-only Azurite does not). */
export function hasBlobService(connectionString: string): boolean {
  return /BlobEndpoint=/i.test(connectionString) || !/TableEndpoint=/i.test(connectionString);
}

/**
 * The media copies, in the storage account the tables are in (container `<TABLE_PREFIX>svarsvakten-media`). In
 * local mode the tests' and the demo's platform stand-ins on loopback count as media hosts too.
 */
export async function wireMediaVault(
  connectionString: string,
  config: Config,
  logger: Logger,
): Promise<MediaVault> {
  if (!hasBlobService(connectionString)) {
    logger.warn(
      { event: 'media.no_blob_service' },
      'no Blob service: images of moderated comments are not copied',
    );
    return NO_VAULT;
  }
  const local = config.mode === 'local';
  const loopback = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
  return BlobMediaVault.create(
    connectionString,
    `${config.storage.tablePrefix.toLowerCase()}svarsvakten-media`,
    (url) => isPlatformMediaLink(url) || (local && loopback(url)),
    logger,
  );
}
