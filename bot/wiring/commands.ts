import { CommandParser, type CommandDeps } from '../commands/run-command';
import type { Config } from '../config/config-shape';
import type { wireStores } from './stores';

type Stores = Awaited<ReturnType<typeof wireStores>>;

/**
 * The commands to @Svarsvakten, part of the composition root: what each reads and changes, from the stores and the
 * parts the rest of the wiring made.
 */
export function wireCommands(
  config: Config,
  stores: Stores,
  parts: Pick<
    CommandDeps,
    | 'access'
    | 'accounts'
    | 'activity'
    | 'credentialStore'
    | 'clock'
    | 'routeCache'
    | 'roster'
    | 'departmentList'
    | 'updater'
    | 'logger'
  >,
): CommandParser {
  return new CommandParser({
    ...parts,
    staff: stores.staff,
    audit: stores.audit,
    queue: stores.queue,
    configured: { adminIds: config.access.adminIds, staffIds: config.access.staffIds },
    routes: stores.routes,
    duty: stores.duty,
    departments: stores.departments,
    channelLanguages: stores.channelLanguages,
    away: stores.away,
    comments: stores.comments,
  });
}
