import { purgeExpired, type PurgeDeps } from '../../services/app/records/purge-expired';
import { testKeyedIds } from '../support/keyed-ids';
import type { useCaseWorld } from './use-case-world';

/** One pass of the records plan's purge over a world: 30 days, 180 for what nobody closed; how many it purged. */
export function runPurge(
  world: Pick<ReturnType<typeof useCaseWorld>, 'store' | 'clock' | 'logger'>,
  more: Partial<PurgeDeps> & Pick<PurgeDeps, 'archives'>,
): Promise<number> {
  return purgeExpired({
    store: world.store,
    clock: world.clock,
    logger: world.logger,
    retentionDays: 30,
    unclosedDays: 180,
    keyedIds: testKeyedIds,
    ...more,
  });
}
