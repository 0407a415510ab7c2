import type { PostedCard } from '../domain/comment';
import type { Platform } from '../domain/platform';
import type { Versioned } from './clock';

/** A post that drew a storm of comments: they go into one thread under a card for the post. */
export interface PostStorm {
  readonly platform: Platform;
  readonly postId: string;
  readonly startedAt: string;
  /** Set while one poster posts the storm's card, so no other posts a second one. */
  readonly postingSince?: string;
  readonly root?: PostedCard;
  /** When a comment was last put in the thread: the storm lasts while comments keep coming. */
  readonly lastAt: string;
}

export interface StormStore {
  get(platform: Platform, postId: string): Promise<Versioned<PostStorm> | undefined>;
  /** Undefined when another poster created it first. */
  create(storm: PostStorm): Promise<Versioned<PostStorm> | undefined>;
  /** Conditional on the ETag; throws AppError 'concurrent_update' when someone else wrote first. */
  replace(storm: PostStorm, etag: string): Promise<Versioned<PostStorm>>;
  /**
   * Forgets the storms that have been quiet since before `before` (UTC ISO): the records plan's, as a storm names
   * its post, which may be a resident's own. One that drew a comment meanwhile stays. How many were forgotten.
   */
  forgetQuietSince(before: string): Promise<number>;
}
