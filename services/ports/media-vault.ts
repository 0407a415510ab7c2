import type { Media, StoredComment } from '../domain/comment';

/**
 * Copies of residents' images and videos in storage the city controls: made when a comment is hidden or removed
 * (the platform's copy may be gone afterwards), read for the archive package, deleted by the records plan.
 */
export interface MediaVault {
  /** The comment's media, each with its copy kept where it could be fetched; never throws for one that could not. */
  keep(comment: StoredComment): Promise<readonly Media[]>;
  /**
   * The bytes of a kept copy a piece at a time, as they are taken (a film of 50 MB is never held whole); undefined
   * when it is gone. A read that gets no bytes for a minute while they are asked for throws.
   */
  stream(blob: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Deletes every copy kept of the comment's media. */
  forget(comment: StoredComment): Promise<void>;
}
