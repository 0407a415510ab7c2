import { ADMIN_NOTICE_TEXTS } from '../../../cards/locale/admin-notice-texts';
import type { Clock, Log, Schedule, Scheduler } from '../../ports/index';
import { endedArchivePeriod } from '../../domain/archive-period';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';

const HOUR_MS = 3_600_000;

/**
 * Tells the admins in 1:1, once per period, when an archiving period has ended (ARCHIVE_MONTHS): the month after
 * June and December, by default. Looked at every hour, so a bot started later in that month still says it.
 */
export class ArchiveReminder {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: {
      readonly notice: AdminNoticeOnce;
      readonly clock: Clock;
      readonly months: readonly number[];
      readonly logger: Log;
      readonly schedule: Scheduler;
    },
  ) {
    this.loop = deps.schedule('archive-reminder', HOUR_MS, async () => {
      await this.check();
    });
  }

  /** Says it when a period ended last month and it was not said yet; true when it was said now. */
  async check(): Promise<boolean> {
    const period = endedArchivePeriod(this.deps.clock.now(), this.deps.months);
    if (!period) return false;
    return this.deps.notice.tell(
      `archive:${period.from}_${period.to}`,
      ADMIN_NOTICE_TEXTS.archivePeriodEnded(period.from, period.to),
      'archive',
    );
  }

  start(): void {
    if (this.deps.months.length > 0) this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
