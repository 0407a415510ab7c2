import { createHash } from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import type { Media, StoredComment } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import type { Log, MediaVault } from '../../ports';

/** Larger files are linked, not copied: a video of an offence is rare, and the platform keeps it for a while. */
const MAX_BYTES = 50 * 1024 * 1024;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Media copies in Azure Blob Storage (Azurite's Blob service locally), one container: `<platform>/<hash of the
 * comment key>/<n>`, so a blob's name does not carry the platform's id of the comment. Only URLs `allowed` says are
 * the platforms' media hosts are fetched.
 */
export class BlobMediaVault implements MediaVault {
  constructor(
    private readonly container: ContainerClient,
    private readonly allowed: (url: string) => boolean,
    private readonly logger: Log,
    private readonly timeoutMs = 15_000,
  ) {}

  static async create(
    connectionString: string,
    containerName: string,
    allowed: (url: string) => boolean,
    logger: Log,
  ): Promise<BlobMediaVault> {
    const container =
      BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
    await container.createIfNotExists();
    return new BlobMediaVault(container, allowed, logger);
  }

  private folderOf(comment: StoredComment): string {
    return `${comment.platform}/${sha256(commentKeyText(comment)).slice(0, 40)}/`;
  }

  async keep(comment: StoredComment): Promise<readonly Media[]> {
    const media = comment.media ?? [];
    const kept: Media[] = [];
    for (const [index, item] of media.entries()) {
      if (item.kept || !item.url || !this.allowed(item.url)) {
        kept.push(item);
        continue;
      }
      try {
        kept.push({ ...item, kept: await this.copy(item.url, `${this.folderOf(comment)}${index}`) });
      } catch (error) {
        this.logger.warn(
          {
            event: 'media.not_kept',
            platform: comment.platform,
            reason: error instanceof Error ? error.name : 'unknown',
          },
          'a copy of an image or video could not be kept',
        );
        kept.push(item);
      }
    }
    return kept;
  }

  private async copy(url: string, blob: string) {
    const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) throw new Error(`MediaStatus${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new Error('MediaTooLarge');
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new Error('MediaTooLarge');
    const contentType =
      response.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream';
    await this.container
      .getBlockBlobClient(blob)
      .uploadData(bytes, { blobHTTPHeaders: { blobContentType: contentType } });
    return { blob, contentType, bytes: bytes.length, sha256: sha256(bytes) };
  }

  async read(blob: string): Promise<Buffer | undefined> {
    try {
      return await this.container.getBlobClient(blob).downloadToBuffer();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  async forget(comment: StoredComment): Promise<void> {
    for await (const blob of this.container.listBlobsFlat({ prefix: this.folderOf(comment) })) {
      await this.container.deleteBlob(blob.name, { deleteSnapshots: 'include' });
    }
  }
}
