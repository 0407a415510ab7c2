import type { PurgeDeps } from '../../services/app/records/purge-expired';
import type { Config } from '../config/config-shape';
import type { Scheduler } from '../../services/ports/index';
import type { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { ArchiveReminder } from '../../services/app/records/archive-reminder';
import { RetentionJob } from '../../services/app/records/retention';

/**
 * The records plan's jobs, part of the composition root: the purge after RETENTION_DAYS and the reminder to take
 * out the archive package when an archiving period ends (ARCHIVE_MONTHS).
 */
export function wireRecords(
  config: Config,
  deps: Omit<PurgeDeps, 'retentionDays' | 'unclosedDays'> & {
    readonly notice: AdminNoticeOnce;
    readonly schedule: Scheduler;
  },
): { readonly retention: RetentionJob; readonly archiveReminder: ArchiveReminder } {
  const { notice, schedule, ...purge } = deps;
  return {
    retention: new RetentionJob({
      ...purge,
      retentionDays: config.retention.days,
      unclosedDays: config.retention.unclosedDays,
      intervalMs: config.retention.intervalMs,
      schedule,
    }),
    archiveReminder: new ArchiveReminder({
      notice,
      clock: deps.clock,
      months: config.archiveMonths,
      logger: deps.logger,
      schedule,
    }),
  };
}
