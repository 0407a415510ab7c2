import type { ReplyStanding, ThreadCount } from '../domain/conversation';
import type { CommentKey } from '../domain/platform';

export type { ReplyStanding, ThreadCount };

/**
 * A conversation's figures kept as they change, so a thread of any length costs the same per reply: each reply is
 * counted once, and a change of its standing moves the figures once.
 */
export interface ThreadTally {
  /**
   * Counts the reply as it stands now and returns the conversation's figures after. `standing` is asked after the
   * tally's own rows are read, and the write is conditional on them: of two changes of one reply racing, the one
   * read later is what stays counted. A reply `standing` no longer finds changes nothing.
   */
  count(
    root: CommentKey,
    reply: CommentKey,
    standing: () => Promise<ReplyStanding | undefined>,
  ): Promise<ThreadCount | undefined>;
  /** The figures as counted; undefined while no reply of the conversation has been counted. */
  figures(root: CommentKey): Promise<ThreadCount | undefined>;
}
