import type { CityPlaces } from '../../domain/city-places';
import { DateTime } from 'luxon';
import { isAppError } from '../../domain/app-error';
import { isClosed } from '../../domain/workflow';
import { type PostedCard, type StoredComment } from '../../domain/comment';
import { isPlatform } from '../../domain/platform';
import {
  nextWorkingMoment,
  planDeadlineReminders,
  type ReminderKind,
  type ReminderPolicy,
} from '../../domain/reminder-plan';
import type {
  AwayList,
  Clock,
  CommentStore,
  DutyStore,
  Log,
  Mentioned,
  PersonalChatStore,
  ReminderStore,
  Schedule,
  StaffStore,
  Scheduler,
  StoredReminder,
  TeamsPoster,
  ReaderLanguages,
  ChannelLanguages,
} from '../../ports/index';
import type { CardRefresh, ChannelRoutes } from '../posting/posting-seams';
import { forEachLimited } from './for-each-limited';
import { DailyOverview } from './daily-overview';
import type { OverviewNotes } from './overview-notes';
import { HolderPing } from '../notices/holder-ping';
import { awaitsPromisedAnswer } from '../../domain/holding-promise';
import { passReads } from './pass-reads';
import { DeadlineReminders } from './deadline-reminders';
import { TeamworkReminders, type TeamworkReminderDeps } from './teamwork-reminders';
import { utcIso as iso } from '../../domain/utc-iso';
import { chainOf, dueLink } from '../../domain/reminder-chain';

export interface RemindersDeps {
  readonly reminders: ReminderStore;
  readonly comments: CommentStore;
  readonly poster: TeamsPoster;
  readonly duty: DutyStore;
  readonly chats: PersonalChatStore;
  /** The language each holder reads Teams in: their 1:1 reminders follow it. */
  readonly languages?: Pick<ReaderLanguages, 'of'>;
  readonly routes: ChannelRoutes;
  readonly updater: CardRefresh;
  readonly clock: Clock;
  readonly logger: Log;
  /** The job's timer (bot/schedules). */
  readonly schedule: Scheduler;
  readonly policy: ReminderPolicy;
  readonly teamLeads: readonly Mentioned[];
  readonly intervalMs: number;
  /** Lines for the daily overview about what Svarsvakten cannot see right now (a paused poller). */
  readonly overviewNotes?: OverviewNotes;
  /** The trained staff: its approvers are mentioned when a trainee's reply waits as its deadline nears. */
  readonly staff?: Pick<StaffStore, 'list'>;
  /** Idle claims and late promises; off (0) when not given. */
  readonly teamwork?: TeamworkReminderDeps['settings'];
  /** Who is away: passed by for reminders, and listed in the daily overview. */
  readonly away?: Pick<AwayList, 'list'>;
  /** The overview tab, which the daily overview links where a list is cut short. */
  readonly overviewLink?: string;
  /** The city's planning calendar and tone guidance, linked from the daily overview where set. */
  readonly places?: CityPlaces;
  /** The language each channel is written to in (`språk`): its reminders and daily overview follow it. */
  readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
}

/** How long one instance holds a due reminder while it sends it. */
const CLAIM_SECONDS = 120;
/** How soon a reminder whose card is not posted yet is looked at again. */
const RETRY_UNPOSTED_SECONDS = 10;
/** How many due reminders are handled at once. */
const SWEEP_CONCURRENCY = 8;
const DEADLINE_KINDS = new Set(['before_deadline', 'overdue', 'badge']);
const OVERVIEW_KEY = { platform: '-', commentId: 'daily-overview' };

/**
 * Durable reminders (P3, P4, P6): rows in Table Storage, due at a time, swept on an interval. Each due row is
 * claimed with a conditional write first, so with several instances exactly one sends it. What is sent is decided
 * by the comment as it is when the reminder is due: nothing for an item answered, closed or changed meanwhile.
 * After downtime, only the latest due reminder of a comment is sent — never a burst of stale ones.
 */
export class Reminders {
  private readonly loop: Schedule;
  private readonly ping: HolderPing;
  private readonly overview: DailyOverview;
  private readonly teamwork: TeamworkReminders;
  /** Made again for each sweep pass, with the lists it addresses reminders from read once a pass. */
  private deadlines: DeadlineReminders;

  constructor(private readonly deps: RemindersDeps) {
    this.ping = new HolderPing(deps);
    this.deadlines = new DeadlineReminders(deps, this.ping);
    this.teamwork = new TeamworkReminders(
      { ...deps, settings: deps.teamwork ?? { claimIdleHours: 0, promiseEscalationDays: 0 } },
      this.ping,
    );
    this.overview = new DailyOverview({
      ...deps,
      ...(deps.overviewNotes ? { notes: deps.overviewNotes } : {}),
    });
    this.loop = deps.schedule('reminders', deps.intervalMs, () =>
      this.sweepOnce().catch((error: unknown) =>
        this.deps.logger.warn(
          { event: 'reminders.sweep.failed', code: isAppError(error) ? error.code : 'unexpected' },
          'reminder sweep failed',
        ),
      ),
    );
  }

  /** The deadline reminders and badge changes for a newly stored comment: one row, the later ones chained in it. */
  planFor(comment: StoredComment): StoredReminder[] {
    const plan = planDeadlineReminders(
      DateTime.fromISO(comment.deadline),
      this.deps.clock.now(),
      this.deps.policy,
    );
    const chain = chainOf(plan.map((p) => ({ kind: p.kind, dueAt: iso(p.dueAt) })));
    return chain ? [{ ...chain, platform: comment.platform, commentId: comment.commentId }] : [];
  }

  /**
   * After a change on the card: follow-ups for a promised answer (P4, also once released) or a case without
   * Platina reference (P6), the idle check of a claim and the promise's deadline.
   */
  async afterChange(comment: StoredComment): Promise<void> {
    const kind: ReminderKind | undefined = awaitsPromisedAnswer(comment)
      ? 'follow_up'
      : comment.state === 'case'
        ? 'platina'
        : undefined;
    const dueAt = nextWorkingMoment(this.deps.clock.now(), this.deps.policy.followUpTime, this.deps.policy);
    const key = { platform: comment.platform, commentId: comment.commentId };
    await this.deps.reminders.add([
      ...(kind ? [{ kind, dueAt: iso(dueAt), ...key }] : []),
      ...this.teamwork.plan(comment),
    ]);
  }

  async ensureDailyOverview(): Promise<void> {
    const dueAt = nextWorkingMoment(
      this.deps.clock.now(),
      this.deps.policy.dailyOverviewTime,
      this.deps.policy,
    );
    await this.deps.reminders.add([{ kind: 'daily_overview', dueAt: iso(dueAt), ...OVERVIEW_KEY }]);
  }

  /** Sends what is due now. */
  sweep(): Promise<void> {
    return this.loop.run();
  }

  private async sweepOnce(): Promise<void> {
    this.deadlines = new DeadlineReminders({ ...this.deps, ...passReads(this.deps) }, this.ping);
    const now = this.deps.clock.now();
    const nowIso = iso(now);
    const due = (await this.deps.reminders.listDue(nowIso, 1000)).map((row) => ({
      row,
      ...dueLink(row.value, nowIso),
    }));
    // Of a comment's deadline reminders due now, only the latest is sent (rows written before the chains were
    // one row per reminder).
    const latestDeadline = new Map<string, string>();
    for (const { row, current } of due) {
      if (!DEADLINE_KINDS.has(current.kind)) continue;
      const key = `${row.value.platform}:${row.value.commentId}`;
      const seen = latestDeadline.get(key);
      if (!seen || current.dueAt >= seen) latestDeadline.set(key, current.dueAt);
    }
    // Due rows are independent: several at a time, each still claimed on its own before it is sent.
    await forEachLimited(due, SWEEP_CONCURRENCY, async ({ row, current, next }) => {
      const key = `${row.value.platform}:${row.value.commentId}`;
      const stale = DEADLINE_KINDS.has(current.kind) && latestDeadline.get(key) !== current.dueAt;
      const claimUntil = iso(now.plus({ seconds: CLAIM_SECONDS }));
      if (!(await this.deps.reminders.claim(row, claimUntil))) return;
      try {
        const reminder = { ...row.value, ...current };
        if (!stale && (await this.send(reminder, now)) === 'card_not_posted') {
          // Due before the card is in Teams (a burst, an outage): tried again shortly, never dropped.
          await this.deps.reminders.release(row.value, iso(now.plus({ seconds: RETRY_UNPOSTED_SECONDS })));
          return;
        }
        const of = { platform: row.value.platform, commentId: row.value.commentId };
        await this.deps.reminders.done(row.value, next && { ...next, ...of });
      } catch (error) {
        this.deps.logger.warn(
          {
            event: 'reminder.failed',
            kind: current.kind,
            code: isAppError(error) ? error.code : 'unexpected',
          },
          'reminder not sent; it is tried again when its claim runs out',
        );
      }
    });
  }

  private async sendDailyOverview(now: DateTime): Promise<void> {
    await this.ensureDailyOverview();
    await this.overview.post(now);
  }

  private async send(reminder: StoredReminder, now: DateTime): Promise<'sent' | 'card_not_posted'> {
    const { kind, platform, commentId } = reminder;
    if (kind === 'daily_overview') {
      await this.sendDailyOverview(now);
      return 'sent';
    }
    if (!isPlatform(platform)) return 'sent';
    const comment = (await this.deps.comments.get({ platform, commentId }))?.value;
    if (!comment || isClosed(comment.state)) return 'sent';
    if (!comment.card) return 'card_not_posted';
    await this.deliver(kind, comment, comment.card, now);
    return 'sent';
  }

  private async deliver(
    kind: StoredReminder['kind'],
    comment: StoredComment,
    card: PostedCard,
    now: DateTime,
  ): Promise<void> {
    switch (kind) {
      case 'badge':
        await this.deps.updater.refresh(comment);
        return;
      case 'idle_nudge':
      case 'idle_release':
      case 'promise_escalation':
      case 'question_reminder':
        await this.deps.reminders.add(await this.teamwork.deliver(kind, comment, card));
        return;
      case 'before_deadline':
        await this.deadlines.beforeDeadline(comment, card, iso(now));
        return;
      case 'overdue':
        await this.deadlines.overdue(comment, card);
        return;
      case 'follow_up':
      case 'platina':
        if (await this.deadlines.followUp(kind, comment, card)) await this.afterChange(comment);
        return;
    }
  }

  start(): void {
    void this.ensureDailyOverview().catch(() => undefined);
    this.loop.start(false);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
