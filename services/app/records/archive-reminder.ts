import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import type { ArchiveLedger, Clock, CommentQueries, Log, Schedule, Scheduler } from '../../ports/index';
import { DateTime } from 'luxon';
import { archivePeriodOf, endedArchivePeriod } from '../../domain/archive-period';
import { isArchived } from '../../domain/retention';
import { utcIso } from '../../domain/utc-iso';
import { ZONE } from '../../domain/working-calendar';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';

const HOUR_MS = 3_600_000;
/** Comments looked at per check: enough to name every period that waits. */
const HELD_READ = 500;

/** What the purge waits for: the archive ledger, the days it keeps comments, and the comments past them. */
export interface PurgeWaits {
  readonly ledger: Pick<ArchiveLedger, 'listTaken'>;
  readonly comments: Pick<CommentQueries, 'listDueForRetention'>;
  readonly days: number;
  readonly unclosedDays: number;
}

/**
 * Tells the admins in 1:1, once per period, when an archiving period has ended (ARCHIVE_MONTHS): the month after
 * June and December, by default. While the purge holds back comments past their retention because no package of
 * their period holds them as they are now (none taken, or taken before they changed), it says so once a week for
 * each such period that has ended, with how many wait. Looked at every hour, so a bot started later still says it.
 */
export class ArchiveReminder {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: {
      readonly notice: Pick<AdminNoticeOnce, 'tell'>;
      readonly clock: Clock;
      readonly months: readonly number[];
      readonly logger: Log;
      readonly schedule: Scheduler;
      /** When the purge waits for packages (RETENTION_DAYS set, the city not archiving by other means). */
      readonly purgeWaits?: PurgeWaits;
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
      (T: AdminNoticeTexts) => T.archivePeriodEnded(period.from, period.to),
      'archive',
    );
  }

  /** Says, once a week for each ended period, how many of its comments the purge holds back; true when said now. */
  async checkWaiting(): Promise<boolean> {
    const waits = this.deps.purgeWaits;
    if (!waits) return false;
    const now = this.deps.clock.now();
    const pastRetention = await waits.comments.listDueForRetention(
      {
        handled: utcIso(now.minus({ days: waits.days })),
        unclosed: utcIso(now.minus({ days: Math.max(waits.days, waits.unclosedDays) })),
      },
      HELD_READ,
    );
    const archived = (await waits.ledger.listTaken()).map((p) => ({ ...p, takenAt: p.at }));
    const held = new Map<string, { from: string; to: string; count: number }>();
    for (const { value } of pastRetention) {
      if (isArchived(value, { handled: '', unclosed: '', archived })) continue;
      const period = archivePeriodOf(value.writtenAt, this.deps.months);
      // A period still running cannot be taken out yet: nothing to ask for.
      if (!period || DateTime.fromISO(period.to, { zone: ZONE }).plus({ days: 1 }) > now) continue;
      const key = `${period.from}_${period.to}`;
      held.set(key, { ...period, count: (held.get(key)?.count ?? 0) + 1 });
    }
    const week = now.setZone(ZONE).toFormat("kkkk-'W'WW");
    let told = false;
    for (const [key, period] of held) {
      const said = await this.deps.notice.tell(
        `archive-waiting:${key}:${week}`,
        (T: AdminNoticeTexts) => T.archiveWaiting(period.from, period.to, period.count),
        'archive',
      );
      told = told || said;
    }
    return told;
  }

  start(): void {
    if (this.deps.months.length > 0 || this.deps.purgeWaits) this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
