import { createHash } from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import type { Media, StoredComment } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import type { Log, MediaVault } from '../../ports/index';
import { storageLocation } from '../storage-location';
import { stallingAfter } from './stalling-read';

/** Larger files are linked, not copied: a video of an offence is rare, and the platform keeps it for a while. */
const MAX_BYTES = 50 * 1024 * 1024;

const MAX_REDIRECTS = 3;
/**
 * How long a kept copy's answer, or one piece of it asked for, may take to come: well under the two minutes after
 * which an archive package's download that takes nothing is cut off (bot/overview/stalled-download.ts), so a read
 * that hangs while a copy is measured, before any of it is sent, ends as the packing's failure.
 */
const READ_MS = 60_000;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The body, read only up to `max` bytes: a body without a length that grows past it is stopped there. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      await reader.cancel();
      throw new Error('MediaTooLarge');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

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
    private readonly maxBytes = MAX_BYTES,
  ) {}

  static async create(
    connectionString: string,
    containerName: string,
    allowed: (url: string) => boolean,
    logger: Log,
  ): Promise<BlobMediaVault> {
    const location = storageLocation(connectionString);
    const service =
      location.kind === 'connection_string'
        ? BlobServiceClient.fromConnectionString(location.connectionString)
        : new BlobServiceClient(location.blobUrl, location.credential);
    const container = service.getContainerClient(containerName);
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

  /**
   * The platform's answer for a media URL: redirects followed only while they stay on the platforms' media hosts
   * (at most three), so a copy can never be fetched from elsewhere.
   */
  private async fetchOnPlatform(url: string): Promise<Response> {
    let at = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const response = await fetch(at, { redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return response;
      await response.body?.cancel();
      at = new URL(location, at).toString();
      if (!this.allowed(at)) throw new Error('MediaRedirectedAway');
    }
    throw new Error('MediaTooManyRedirects');
  }

  private async copy(url: string, blob: string) {
    const response = await this.fetchOnPlatform(url);
    if (!response.ok) throw new Error(`MediaStatus${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > this.maxBytes) {
      await response.body?.cancel();
      throw new Error('MediaTooLarge');
    }
    const bytes = await readCapped(response, this.maxBytes);
    const contentType =
      response.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream';
    await this.container
      .getBlockBlobClient(blob)
      .uploadData(bytes, { blobHTTPHeaders: { blobContentType: contentType } });
    return { blob, contentType, bytes: bytes.length, sha256: sha256(bytes) };
  }

  async stream(blob: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    // No limit on the whole read, which goes at its reader's pace: on the answer, then on each piece asked for.
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error('MediaReadStalled')), READ_MS);
    try {
      const response = await this.container
        .getBlobClient(blob)
        .download(0, undefined, { abortSignal: stop.signal });
      const body = response.readableStreamBody as AsyncIterable<Buffer> | undefined;
      return body ? stallingAfter(READ_MS, body, stop) : undefined;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw stop.signal.aborted ? stop.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  }

  async forget(comment: StoredComment): Promise<void> {
    for await (const blob of this.container.listBlobsFlat({ prefix: this.folderOf(comment) })) {
      await this.container.deleteBlob(blob.name, { deleteSnapshots: 'include' });
    }
  }
}
