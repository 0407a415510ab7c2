import type { FakeBotConnector } from '../../test/fakes/bot-connector';
import type { StoredComment } from '../../services/domain/comment';
import type { Platform } from '../../services/domain/platform';
import { forEachLimited } from '../../services/app/reminders/for-each-limited';
import type { Comments } from '../../services/ports/index';
import type { StaffRecord } from './staff-record';
import type { WeekTouches } from './week-touches';
import { platformId } from './week-deliveries';
import {
  DAYS,
  closedWithoutAnswer,
  deadlineMinute,
  firstResponseMinute,
  inOfficeHours,
  WEEK_START,
  type WeekPlan,
} from './week-plan';

/** The week's checks, each against the generator's own record. */
export interface WeekResults {
  readonly comments: number;
  readonly undelivered: number;
  /** Deliveries answered 503 and delivered again. */
  readonly shed: number;
  /** Times staff came to a comment before its card was in the channel, and waited for it. */
  readonly cardsAwaited: number;
  /**
   * Deliveries acknowledged and not yet ingested as the week's last quarter ended, and how long until none was left:
   * the weekend's comments arrive in seconds here, a storm to the bot, which it ingests one at a time while it lasts.
   */
  readonly backlog: { readonly heldAtEnd: number; readonly drainedInMs: number };
  readonly cards: { readonly exactlyOne: number; readonly none: number; readonly more: number };
  /** The first few comments without exactly one card: which (the generator's number), where and when written. */
  readonly cardsAmiss: readonly {
    n: number;
    platform: string;
    writtenMinute: number;
    cards: number;
    stored: string;
  }[];
  readonly reminders: {
    readonly sent: number;
    readonly overdueDue: number;
    readonly overdueSentOnce: number;
    readonly repeated: number;
    readonly afterAnswer: number;
  };
  readonly promise: {
    readonly kept: { readonly product: number; readonly truth: number };
    readonly broken: { readonly product: number; readonly truth: number };
  };
  /** Comments whose first answer the product records other than the week's record, by platform and plan. */
  readonly disagreements: Readonly<Record<string, number>>;
  readonly rssMbByDay: readonly number[];
  readonly rssGrowthMb: number;
  /** Clicks per handled comment, counted on the cards (week-touches.ts): before and with the triage shortcuts. */
  readonly clicks: ReturnType<WeekTouches['result']>;
  readonly passed: boolean;
}

/** What a reminder is, from its words: at most this many of each kind belong to one comment. */
const KINDS: readonly [RegExp, string, number][] = [
  [/Försenad/, 'overdue', 1],
  [/Ingen har tagit/, 'unclaimed', 2],
  [/väntar på ditt svar/, 'claimed', 2],
];

export async function checkWeek(deps: {
  readonly plan: WeekPlan;
  readonly staff: ReadonlyMap<number, StaffRecord>;
  readonly connector: FakeBotConnector;
  readonly store: Pick<Comments, 'get'>;
  readonly botUrl: string;
  readonly rssByDay: readonly number[];
  readonly undelivered: number;
  readonly shed: number;
  readonly cardsAwaited: number;
  readonly backlog: WeekResults['backlog'];
  readonly clicks: WeekResults['clicks'];
}): Promise<WeekResults> {
  const { plan, staff, connector } = deps;
  const posted = connector.calls.filter((c) => c.method === 'POST' && c.status < 300);
  // Cards: each posted comment card names its comment in its actions' data.
  const cardsOf = new Map<string, number>();
  for (const call of posted) {
    const keys = new Set([...JSON.stringify(call.body).matchAll(/"commentKey":"([^"]+)"/g)].map((m) => m[1]));
    for (const key of keys) if (key) cardsOf.set(key, (cardsOf.get(key) ?? 0) + 1);
  }
  const counts = plan.comments.map((c) => cardsOf.get(`${c.platform}:${platformId(c)}`) ?? 0);
  const cardsAmiss = [];
  for (const [i, c] of plan.comments.entries()) {
    if (counts[i] === 1 || cardsAmiss.length >= 5) continue;
    const stored = await deps.store.get({ platform: c.platform as Platform, commentId: platformId(c) });
    const state = !stored ? 'not stored' : stored.value.card ? 'card recorded' : 'no card recorded';
    cardsAmiss.push({
      n: c.n,
      platform: c.platform,
      writtenMinute: c.writtenMinute,
      cards: counts[i] ?? 0,
      stored: state,
    });
  }

  // Reminders: each links to its comment's card; which comment is found by the card's activity id.
  const byActivity = new Map<string, number>();
  /** Where the product's first answer and the record's differ, by platform and what staff did. */
  const disagreements: Record<string, number> = {};
  // Read a few at a time: the order is the plan's below.
  const storedOf = new Map<number, StoredComment | undefined>();
  await forEachLimited(plan.comments, 8, async (c) => {
    const read = await deps.store.get({ platform: c.platform as Platform, commentId: platformId(c) });
    storedOf.set(c.n, read?.value);
  });
  for (const c of plan.comments) {
    const stored = storedOf.get(c.n);
    if (stored?.card) byActivity.set(stored.card.activityId, c.n);
    const truth = firstResponseMinute(c.staff);
    const product = stored?.firstResponseAt
      ? Math.round((Date.parse(stored.firstResponseAt) - WEEK_START.toMillis()) / 60_000)
      : undefined;
    if (truth !== product && process.env.SOAK_DEBUG)
      console.log('DIS', c.n, c.platform, c.staff, stored?.state, stored?.firstResponseAt, c.writtenMinute);
    if (truth !== product) {
      const key = `${c.platform}:${c.staff.kind}:${product === undefined ? 'none' : 'other'}`;
      disagreements[key] = (disagreements[key] ?? 0) + 1;
    }
  }
  const byActivityOf = (n: number) => [...byActivity].find(([, m]) => m === n)?.[0];
  const reminders = posted.flatMap((call) => {
    const json = JSON.stringify(call.body);
    if (json.includes('"commentKey"')) return [];
    const activity = /\/l\/message\/[^/]+\/([^/?"]+)\?/.exec(json)?.[1];
    const n = activity ? byActivity.get(decodeURIComponent(activity)) : undefined;
    return n === undefined ? [] : [{ n, at: call.at, text: String(call.body.text ?? '') }];
  });
  let repeated = 0;
  const perKind = new Map<string, number>();
  for (const r of reminders) {
    const kind = KINDS.find(([pattern]) => pattern.test(r.text));
    if (!kind) continue;
    const key = `${r.n}:${kind[1]}`;
    perKind.set(key, (perKind.get(key) ?? 0) + 1);
    if ((perKind.get(key) ?? 0) > kind[2]) repeated += 1;
  }
  const late = reminders.filter((r) => {
    const closed = staff.get(r.n)?.closedAtMs;
    return closed !== undefined && r.at > closed;
  });
  if (process.env.SOAK_DEBUG)
    console.log(late.map((r) => [r.n, r.text, plan.comments.find((c) => c.n === r.n)]));
  const afterAnswer = late.length;

  // The promise: kept when the first answer came by the deadline; broken once the deadline passed without one.
  const end = DAYS * 24 * 60;
  let kept = 0;
  let broken = 0;
  let overdueDue = 0;
  let overdueSentOnce = 0;
  for (const c of plan.comments) {
    const deadline = deadlineMinute(c.writtenMinute);
    const answered = firstResponseMinute(c.staff);
    if (answered !== undefined) {
      if (answered <= deadline) kept += 1;
      else broken += 1;
    } else if (deadline < end && !closedWithoutAnswer(c.staff)) broken += 1;
    // A comment nobody answered, whose deadline passed with office hours left in the week: escalated once.
    if (c.staff.kind === 'none' && inOfficeHours(deadline) < end) {
      overdueDue += 1;
      if (perKind.get(`${c.n}:overdue`) === 1) overdueSentOnce += 1;
      else if (process.env.SOAK_DEBUG) console.log('NOT ESCALATED', c, deadline, byActivityOf(c.n));
    }
  }
  const report = (await (await fetch(`${deps.botUrl}/api/overview?weeks=2`)).json()) as {
    statistics: { total: { kept: number; broken: number } };
  };
  const rssGrowthMb = (deps.rssByDay.at(-1) ?? 0) - (deps.rssByDay[0] ?? 0);
  const results = {
    comments: plan.comments.length,
    undelivered: deps.undelivered,
    shed: deps.shed,
    cardsAwaited: deps.cardsAwaited,
    backlog: deps.backlog,
    cards: {
      exactlyOne: counts.filter((n) => n === 1).length,
      none: counts.filter((n) => n === 0).length,
      more: counts.filter((n) => n > 1).length,
    },
    cardsAmiss,
    reminders: { sent: reminders.length, overdueDue, overdueSentOnce, repeated, afterAnswer },
    promise: {
      kept: { product: report.statistics.total.kept, truth: kept },
      broken: { product: report.statistics.total.broken, truth: broken },
    },
    disagreements,
    rssMbByDay: deps.rssByDay.map((mb) => Math.round(mb * 10) / 10),
    rssGrowthMb: Math.round(rssGrowthMb * 10) / 10,
    clicks: deps.clicks,
  };
  const passed =
    results.undelivered === 0 &&
    results.cards.exactlyOne === results.comments &&
    repeated === 0 &&
    afterAnswer === 0 &&
    overdueSentOnce === overdueDue &&
    results.promise.kept.product === kept &&
    results.promise.broken.product === broken &&
    rssGrowthMb <= 20;
  return { ...results, passed };
}
