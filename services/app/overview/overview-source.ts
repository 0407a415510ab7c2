import type { DateTime } from 'luxon';
import { ZONE } from '../../domain/working-calendar';
import { utcIso } from '../../domain/utc-iso';
import type { Clock, CommentQueries, OverviewFigures } from '../../ports/index';

/** How long the overview waits for what was just written to be counted. */
const CATCH_UP_MS = 2000;
import type { FigureKeeper } from './figure-keeper';
import { sourceOfComments, type OverviewSource } from './overview-report';

/** What the overview of a period is made of. */
export type OverviewReader = (since: DateTime, now: DateTime) => Promise<OverviewSource>;

/**
 * The overview from the kept figures once they are built, after counting what was written before the call; from the
 * period's comments themselves until then (a first start, or figures lost and being built again).
 */
export function overviewReader(deps: {
  readonly comments: Pick<CommentQueries, 'listWrittenSince'>;
  readonly keeper?: Pick<FigureKeeper, 'ready' | 'catchUp'>;
  readonly figures?: Pick<OverviewFigures, 'readDays' | 'readQueue'>;
  readonly sleep: Clock['sleep'];
}): OverviewReader {
  return async (since) => {
    const { keeper, figures } = deps;
    if (!keeper?.ready || !figures)
      return sourceOfComments(await deps.comments.listWrittenSince(utcIso(since)));
    // What was written is counted first, unless that takes longer than a reader waits: then the figures as stored.
    await Promise.race([keeper.catchUp(), deps.sleep(CATCH_UP_MS)]);
    const day = (time: DateTime) => time.setZone(ZONE).toISODate() ?? '';
    const [days, queue] = await Promise.all([figures.readDays(day(since)), figures.readQueue()]);
    return { days, queue: queue.map(({ copy }) => copy) };
  };
}
