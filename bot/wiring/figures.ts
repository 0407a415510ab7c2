import { parseVersion } from '../../services/adapters/tables/comment-entity';
import { FigureKeeper } from '../../services/app/overview/figure-keeper';
import { overviewReader } from '../../services/app/overview/overview-source';
import type { Clock, IngestPriority, Log, Scheduler } from '../../services/ports/index';
import type { Config } from '../config/config-shape';
import type { wireStores } from './stores';

/** The overview's figures, kept as comments are written, and the tab's reader of them. */
export function wireFigures(
  config: Config,
  stores: Awaited<ReturnType<typeof wireStores>>,
  parts: {
    readonly clock: Clock;
    readonly logger: Log;
    readonly schedule: Scheduler;
    readonly priority: IngestPriority;
  },
) {
  const { comments, figures, figureMarkers: markers, keyedIds } = stores;
  const keeper = new FigureKeeper({
    current: async (key) => {
      const stored = await comments.get(key);
      return stored && { comment: stored.value, revision: parseVersion(stored.etag).revision };
    },
    everyComment: () => comments.eachComment(),
    figures,
    markers,
    keyedIds,
    ...parts,
    intervalMs: config.figuresIntervalMs,
  });
  stores.figureChanges.forwardTo(keeper);
  return {
    keeper,
    overview: overviewReader({
      comments,
      keeper,
      figures,
      sleep: (ms) => parts.clock.sleep(ms, { background: true }),
    }),
  };
}
