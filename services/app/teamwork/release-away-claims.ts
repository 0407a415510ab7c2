import type { DateTime } from 'luxon';
import type { StoredComment } from '../../domain/comment';
import { releaseUnattended } from '../../domain/teamwork-transitions';
import type { CardRefresh } from '../posting/posting-seams';
import type { CommentQueries, Comments, Log } from '../../ports/index';

export interface AwayClaimsDeps {
  readonly comments: Comments & Pick<CommentQueries, 'listOpen'>;
  readonly updater: CardRefresh;
  readonly logger: Log;
}

/** What going away did to a person's items: how many went back to the queue, how many stay with them. */
export interface AwayOutcome {
  readonly released: number;
  /** Cases (P6) and replies waiting for approval stay: a colleague takes them over. */
  readonly kept: number;
}

/**
 * `frånvaro på`: the away person's claims go back to the queue, each card updated for everyone and its history
 * saying why; cases and replies waiting for approval stay with them, to be taken over by a colleague.
 */
export async function releaseAwayClaims(
  deps: AwayClaimsDeps,
  personId: string,
  now: DateTime,
): Promise<AwayOutcome> {
  const theirs = (await deps.comments.listOpen()).filter((c) => c.holder?.id === personId);
  let released = 0;
  for (const comment of theirs) {
    const stillTheirs = (c: StoredComment) => c.holder?.id === personId;
    const written = await deps.comments.mutate(comment, (current) =>
      stillTheirs(current) ? releaseUnattended(current, 'away_released', now) : undefined,
    );
    if (!written?.changed) continue;
    released += 1;
    await deps.updater.refresh(written.value);
  }
  deps.logger.info({ event: 'staff.away', released, kept: theirs.length - released }, 'claims given back');
  return { released, kept: theirs.length - released };
}
