import { ADMIN_NOTICE_TEXTS } from '../../../cards/locale/admin-notice-texts';
import type { ArchiveLedger, Clock, Log, Schedule, Scheduler } from '../../ports/index';
import { archivePeriod, endedArchivePeriod, latestEndedArchivePeriod } from '../../domain/archive-period';
import { ZONE } from '../../domain/working-calendar';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';

const HOUR_MS = 3_600_000;

/**
 * Tells the admins in 1:1, once per period, when an archiving period has ended (ARCHIVE_MONTHS): the month after
 * June and December, by default. While the purge waits for a period's package (RETENTION_DAYS set, the city not
 * archiving by other means), it says so again every week until the package is taken out. Looked at every hour, so
 * a bot started later in that month still says it.
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
      /** Where packages taken out are recorded, when the purge waits for them; its days before purging. */
      readonly purgeWaits?: { readonly ledger: Pick<ArchiveLedger, 'listTaken'>; readonly days: number };
    },
  ) {
    this.loop = deps.schedule('archive-reminder', HOUR_MS, async () => {
      await this.check();
      await this.checkWaiting();
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

  /** Says, once a week, that the last ended period waits for its package while the purge waits; true when said now. */
  async checkWaiting(): Promise<boolean> {
    const waits = this.deps.purgeWaits;
    const now = this.deps.clock.now();
    const ended = latestEndedArchivePeriod(now, this.deps.months);
    if (!waits || !ended) return false;
    const period = archivePeriod(ended.from, ended.to, now, 12);
    const taken = await waits.ledger.listTaken();
    if (taken.some((p) => p.startUtc <= period.startUtc && p.endUtc >= period.endUtc)) return false;
    return this.deps.notice.tell(
      `archive-waiting:${period.from}_${period.to}:${now.setZone(ZONE).toFormat("kkkk-'W'WW")}`,
      ADMIN_NOTICE_TEXTS.archiveWaiting(period.from, period.to, waits.days),
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
