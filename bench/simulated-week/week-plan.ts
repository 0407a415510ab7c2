import { DateTime } from 'luxon';

/**
 * The simulated week's own record: every comment the residents write (platform, account, post, when) and what
 * staff do with it and when, drawn from a seeded generator so each run is the same week. Its deadlines and
 * promise outcomes are worked out here from the policy's words (24 hours; a deadline on a weekend moves to 12:00
 * on the next working day) — not by the product's code — so the checks compare the product with the rule.
 */
export const ZONE = 'Europe/Stockholm';
/** Monday 9 – Sunday 15 November 2026: no public holiday, so the weekend is the only closed time. */
export const WEEK_START = DateTime.fromISO('2026-11-09T00:00', { zone: ZONE });
export const DAYS = 7;

export type WeekPlatform = 'facebook' | 'instagram' | 'messenger' | 'x' | 'linkedin' | 'youtube';

export type StaffPlan =
  | { readonly kind: 'reply'; readonly atMinute: number }
  | { readonly kind: 'holding_then_reply'; readonly atMinute: number; readonly replyAtMinute: number }
  | { readonly kind: 'case'; readonly atMinute: number }
  /** Needs no answer (only emoji, only thanks, only a tag): closed as such, on its card or with its storm's. */
  | { readonly kind: 'no_answer'; readonly atMinute: number; readonly viaStorm: boolean }
  | { readonly kind: 'none' };

/** What a comment that needs no answer says: the three kinds the card suggests closing. */
export type NoAnswerWords = 'emoji' | 'thanks' | 'tag';

export interface PlannedComment {
  readonly n: number;
  readonly platform: WeekPlatform;
  readonly accountId: string;
  readonly postId: string;
  /** Minutes after the week's start. */
  readonly writtenMinute: number;
  readonly staff: StaffPlan;
  readonly inStorm: boolean;
  /** Set for a comment that needs no answer. */
  readonly says?: NoAnswerWords;
}

export const ACCOUNTS: Readonly<Record<WeekPlatform, readonly string[]>> = {
  facebook: ['104857362918475', '109283746501928'],
  instagram: ['17841405822304914'],
  messenger: ['104857362918475'],
  x: ['1329847561029384192'],
  linkedin: ['10485736'],
  youtube: ['UCk3P9xQ2mR7tV1wY4zB8nLe'],
};

/** Share of the comments per platform. */
const MIX: readonly [WeekPlatform, number][] = [
  ['facebook', 0.4],
  ['instagram', 0.2],
  ['messenger', 0.1],
  ['x', 0.1],
  ['linkedin', 0.1],
  ['youtube', 0.1],
];

/** The city's posts residents comment on, as each platform names them (Messenger has none). */
const POST_ID: Readonly<Record<WeekPlatform, (account: string, i: number) => string>> = {
  facebook: (account, i) => `${account}_70000000${i}`,
  instagram: (_account, i) => `180475938261${String(i).padStart(5, '0')}`,
  messenger: () => '',
  x: (_account, i) => `21200639113302${String(i).padStart(5, '0')}`,
  linkedin: (_account, i) => `urn:li:activity:75254974119957${String(i).padStart(5, '0')}`,
  youtube: (_account, i) => `weekvideo${i}`,
};

/** Residents write around the clock, most at lunch and in the evening. */
const HOUR_WEIGHT = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 6, 5, 4, 4, 4, 5, 6, 7, 8, 7, 5, 3];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isWeekend = (at: DateTime) => at.weekday >= 6;

/**
 * The next moment of office hours (weekdays 08:00–17:00, when staff work and reminders may arrive) at or after
 * `minute`, plus `delay` minutes.
 */
export function inOfficeHours(minute: number, delay = 0): number {
  let at = WEEK_START.plus({ minutes: minute });
  const open = (t: DateTime) => !isWeekend(t) && t.hour >= 8 && t.hour < 17;
  while (!open(at)) at = at.plus({ minutes: 15 }).startOf('minute');
  return Math.round(at.diff(WEEK_START, 'minutes').minutes) + delay;
}

function staffFor(random: () => number, writtenMinute: number): StaffPlan {
  const roll = random();
  const start = inOfficeHours(writtenMinute, Math.round(15 + random() * 180));
  if (roll < 0.7) return { kind: 'reply', atMinute: start };
  if (roll < 0.82) return { kind: 'holding_then_reply', atMinute: start, replyAtMinute: start + 240 };
  if (roll < 0.88) return { kind: 'case', atMinute: start };
  return { kind: 'none' };
}

export interface WeekPlan {
  readonly comments: readonly PlannedComment[];
  readonly storms: readonly {
    readonly platform: WeekPlatform;
    readonly postId: string;
    readonly count: number;
  }[];
}

/** Where comments that need no answer are drawn: the platforms whose threads carry them as written. */
const NO_ANSWER_PLATFORMS = new Set<WeekPlatform>(['facebook', 'instagram', 'youtube']);
/** Share of those platforms' comments that need no answer. */
const NO_ANSWER_SHARE = 0.15;
const NO_ANSWER_WORDS: readonly NoAnswerWords[] = ['emoji', 'thanks', 'tag'];

/**
 * About `perDay` comments a day across the six platforms, and two storms: a Tuesday evening's with questions, and
 * a Thursday lunchtime's of applause that needs no answer. Which comments need no answer is drawn from a generator of its own,
 * so the rest of the week is the same with or without them.
 */
export function planWeek(perDay = 700, seed = 20261109): WeekPlan {
  const random = mulberry32(seed);
  const triage = mulberry32(seed + 1);
  const comments: PlannedComment[] = [];
  const total = HOUR_WEIGHT.reduce((a, b) => a + b, 0);
  const posts = new Map<string, string[]>();
  const postOf = (platform: WeekPlatform, accountId: string) => {
    const key = `${platform}:${accountId}`;
    const list = posts.get(key) ?? Array.from({ length: 12 }, (_, i) => POST_ID[platform](accountId, i));
    posts.set(key, list);
    return list[Math.floor(random() * list.length)] ?? '';
  };
  const add = (platform: WeekPlatform, writtenMinute: number, postId?: string, inStorm = false) => {
    const accounts = ACCOUNTS[platform];
    const accountId = accounts[Math.floor(random() * accounts.length)] ?? '';
    const n = comments.length + 1;
    comments.push({
      n,
      platform,
      accountId,
      postId: postId ?? postOf(platform, accountId),
      writtenMinute,
      staff: staffFor(random, writtenMinute),
      inStorm,
    });
  };
  for (let day = 0; day < DAYS; day += 1) {
    const dayCount = perDay * (isWeekend(WEEK_START.plus({ days: day })) ? 0.8 : 1);
    for (let hour = 0; hour < 24; hour += 1) {
      const count = Math.round((dayCount * (HOUR_WEIGHT[hour] ?? 0)) / total);
      for (let i = 0; i < count; i += 1) {
        let pick = random();
        const platform = MIX.find(([, share]) => (pick -= share) < 0)?.[0] ?? 'facebook';
        add(platform, day * 1440 + hour * 60 + Math.floor(random() * 60));
      }
    }
  }
  const storms = [
    {
      platform: 'facebook' as const,
      postId: '104857362918475_7999000001',
      count: 60,
      at: 1 * 1440 + 19 * 60,
    },
    { platform: 'instagram' as const, postId: '18047593826999001', count: 40, at: 3 * 1440 + 11 * 60 },
  ];
  for (const storm of storms)
    for (let i = 0; i < storm.count; i += 1)
      add(storm.platform, storm.at + Math.floor(i / 6), storm.postId, true);
  const needsNoAnswer = comments.map((c): PlannedComment => {
    const applause = c.inStorm && c.platform === 'instagram';
    if (!applause && (c.inStorm || !NO_ANSWER_PLATFORMS.has(c.platform) || triage() >= NO_ANSWER_SHARE))
      return c;
    const says = applause
      ? 'emoji'
      : (NO_ANSWER_WORDS[Math.floor(triage() * NO_ANSWER_WORDS.length)] ?? 'emoji');
    // The applause is closed at once from its storm's card, once the storm is over and office hours begin.
    const at = applause
      ? inOfficeHours(3 * 1440 + 12 * 60, 30)
      : inOfficeHours(c.writtenMinute, 15 + Math.round(triage() * 180));
    return { ...c, says, staff: { kind: 'no_answer', atMinute: at, viaStorm: applause } };
  });
  comments.splice(0, comments.length, ...needsNoAnswer);
  comments.sort((a, b) => a.writtenMinute - b.writtenMinute || a.n - b.n);
  return { comments, storms: storms.map(({ platform, postId, count }) => ({ platform, postId, count })) };
}

/** The policy's deadline, from its words: 24 hours; on a weekend, the next working day (Monday) at 12:00. */
export function deadlineMinute(writtenMinute: number): number {
  let due = WEEK_START.plus({ minutes: writtenMinute + 24 * 60 });
  if (isWeekend(due)) {
    while (isWeekend(due)) due = due.plus({ days: 1 });
    due = due.set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
  }
  return due.diff(WEEK_START, 'minutes').minutes;
}

/** When the resident first got an answer within the week (a reply, or the "we've seen it" reply), if they did. */
export function firstResponseMinute(staff: StaffPlan): number | undefined {
  if (staff.kind === 'none' || staff.kind === 'no_answer') return undefined;
  return staff.atMinute >= DAYS * 24 * 60 ? undefined : staff.atMinute;
}

/** Whether staff closed it within the week as needing no answer: the promise then asks nothing of it. */
export function closedWithoutAnswer(staff: StaffPlan): boolean {
  return staff.kind === 'no_answer' && staff.atMinute < DAYS * 24 * 60;
}
