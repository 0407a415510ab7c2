import type { StaffRecord } from './staff-record';
import type { TableClient } from '@azure/data-tables';
import { randomBytes } from 'node:crypto';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { hmacKeyedIds } from '../../services/adapters/hmac-keyed-ids';
import type { StoredComment } from '../../services/domain/comment';
import type { Platform } from '../../services/domain/platform';
import { startAzurite } from '../../bot/local/azurite';
import { forEachLimited } from '../../services/app/reminders/for-each-limited';
import { startFakeBotConnector } from '../../test/fakes/bot-connector';
import { startFakeLinkedInApi } from '../../test/fakes/linkedin-api';
import { startFakeMetaGraph } from '../../test/fakes/meta-graph';
import { startFakeXApi } from '../../test/fakes/x-api';
import { startFakeYouTubeApi } from '../../test/fakes/youtube-api';
import { freePort } from '../../test/support/free-port';
import { ALEX, cardClick, channelMessage, installationAdded } from '../../test/support/teams-activities';
import { startWeekBot } from './week-bot-process';
import { answeredCard, WeekTouches } from './week-touches';
import { checkWeek, type WeekResults } from './week-checks';
import { deliveryOf, platformId, SECRETS, youTubeThread } from './week-deliveries';
import { DAYS, planWeek, WEEK_START, type PlannedComment } from './week-plan';

const STEP_MINUTES = 15;

/** What staff do in [from, to): the first answer (a reply, or "we've seen it") and a held reply's real one. */
function actionsBetween(comments: readonly PlannedComment[], from: number, to: number) {
  const actions: { c: PlannedComment; minute: number; verb: 'first' | 'final' }[] = [];
  const within = (minute: number) => minute >= from && minute < to;
  for (const c of comments) {
    const s = c.staff;
    if (s.kind === 'none') continue;
    if (within(s.atMinute)) actions.push({ c, minute: s.atMinute, verb: 'first' });
    if (s.kind === 'holding_then_reply' && within(s.replyAtMinute))
      actions.push({ c, minute: s.replyAtMinute, verb: 'final' });
  }
  return actions.sort((a, b) => a.minute - b.minute || a.c.n - b.c.n);
}
const RETENTION_KEY = 'simulated-week-retention-key-0123456789';

/** How long the bot may take to ingest what it acknowledged before the week is counted; beyond it, it is missing. */
const DRAIN_LIMIT_MS = 180_000;

/**
 * Deliveries held in the inbox now, and the time until none is (or `DRAIN_LIMIT_MS` passed); `advance` moves the
 * bot's clock on by the time waited, so one whose ingestion failed is tried again as it would be.
 */
async function drained(
  inbox: TableClient,
  advance: (waitedMs: number) => Promise<unknown>,
): Promise<{ heldAtEnd: number; drainedInMs: number }> {
  const held = async () => {
    let count = 0;
    for await (const _ of inbox.listEntities({ queryOptions: { select: ['PartitionKey'] } })) count += 1;
    return count;
  };
  const heldAtEnd = await held();
  const started = performance.now();
  while ((await held()) > 0 && performance.now() - started < DRAIN_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await advance(performance.now() - started);
  }
  return { heldAtEnd, drainedInMs: Math.round(performance.now() - started) };
}

/**
 * The simulated week (`npm run soak`, and a phase of `npm run bench`): the bot as its own process on a clock this
 * process moves, seven days of residents' comments on six platforms as the platforms deliver them, staff claiming
 * and answering from the cards at office hours, and the reminders swept every quarter of an hour. It returns the
 * checks against the week's own record (bench/simulated-week/week-checks.ts).
 */
export async function runSimulatedWeek(perDay = 700): Promise<WeekResults> {
  const plan = planWeek(perDay);
  const azurite = await startAzurite({ port: await freePort() });
  const [connector, graph, x, linkedin, youtube] = await Promise.all([
    startFakeBotConnector(),
    startFakeMetaGraph(),
    startFakeXApi(),
    startFakeLinkedInApi(),
    startFakeYouTubeApi(),
  ]);
  connector.members.set(ALEX.id, ALEX);
  const prefix = `week${randomBytes(3).toString('hex')}`;
  const bot = await startWeekBot({
    WEEK_START: WEEK_START.toISO() ?? '',
    PORT: String(await freePort()),
    PLAYGROUND: 'off',
    TABLES_CONNECTION_STRING: azurite.connectionString,
    TABLE_PREFIX: prefix,
    ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
    META_APP_SECRET: SECRETS.meta,
    META_GRAPH_URL: graph.url,
    META_PAGE_TOKEN_104857362918475: 'week-token',
    META_PAGE_TOKEN_109283746501928: 'week-token',
    META_PAGE_TOKEN_17841405822304914: 'week-token',
    X_WEBHOOK: 'on',
    X_CONSUMER_SECRET: SECRETS.x,
    X_API_URL: x.url,
    X_USER_TOKEN_1329847561029384192: 'week-token',
    X_POLL_INTERVAL_MS: '0',
    LINKEDIN_CLIENT_SECRET: SECRETS.linkedin,
    LINKEDIN_API_URL: linkedin.url,
    LINKEDIN_TOKEN_10485736: 'week-token',
    YOUTUBE_API_URL: youtube.url,
    YOUTUBE_TOKEN_UCk3P9xQ2mR7tV1wY4zB8nLe: 'week-token',
    YOUTUBE_POLL_INTERVAL_MS: '0',
    CATCHUP_INTERVAL_MS: '0',
    ADMIN_IDS: ALEX.aadObjectId,
    CONTACT_CENTRE_IDS: ALEX.aadObjectId,
    TEAMS_PACING: 'off',
    REMINDER_INTERVAL_MS: '3600000',
    RETENTION_KEY,
    LOG_LEVEL: 'error',
    WEBHOOK_RETRY_AFTER_SECONDS: '1',
  });
  const activity = (body: object) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));
  await activity(installationAdded(connector.url));
  await activity(channelMessage(connector.url, ALEX, 'koppla messenger 104857362918475'));

  const store = new TableCommentStore(
    createTableClients(azurite.connectionString, prefix).comments,
    hmacKeyedIds(RETENTION_KEY),
  );
  const keyOf = (c: PlannedComment) => ({ platform: c.platform as Platform, commentId: platformId(c) });
  let cardsAwaited = 0;
  /** Where each comment's card was posted, once seen: a card stays where it went. */
  const cards = new Map<number, NonNullable<StoredComment['card']>>();
  /** Staff answer a card once it is in the channel: moments after its delivery was taken it can be on its way. */
  const cardOf = async (c: PlannedComment) => {
    const known = cards.get(c.n);
    if (known) return known;
    for (let waitedMs = 0; waitedMs <= 10_000; waitedMs += 100) {
      const card = (await store.get(keyOf(c)))?.value.card;
      if (card) {
        cards.set(c.n, card);
        return card;
      }
      if (waitedMs === 0) cardsAwaited += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  };
  const touches = new WeekTouches(connector);
  const commentKey = (c: PlannedComment) => `${c.platform}:${platformId(c)}`;
  /** A click on the comment's card; `closes`: the comment is handled once this click is taken. */
  const click = async (
    c: PlannedComment,
    verb: string,
    extra: Record<string, unknown> = {},
    closes = false,
  ) => {
    const card = await cardOf(c);
    if (!card) return false;
    const data = { commentKey: commentKey(c), ...extra };
    const answer = await activity(cardClick(connector.url, ALEX, card.activityId, verb, data));
    if (process.env.SOAK_DEBUG && verb !== 'claim')
      console.log(c.n, c.platform, verb, answer.status, answer.body.replace(/\s+/g, ' ').slice(0, 600));
    const taken = answer.status === 200;
    touches.clicked(commentKey(c), verb, answeredCard(answer.body));
    // Handled when the store says so: Teams answers a refused click with 200 too, the card saying why.
    if (taken && closes) {
      const now = (await store.get(keyOf(c)))?.value;
      if (now?.firstResponseAt !== undefined || now?.state === 'case') touches.done(commentKey(c), false);
    }
    return taken;
  };
  const stormsClosed = new Set<string>();
  /** The applause on a post, closed at once from the storm's card with one reason. */
  const closeStorm = async (c: PlannedComment) => {
    if (stormsClosed.has(c.postId)) return;
    stormsClosed.add(c.postId);
    const storm = touches.stormCard('Instagram');
    if (!storm) return;
    const stormKey = /"verb":"close_storm"[^}]*"data":\{"commentKey":"([^"]+)"/.exec(
      JSON.stringify(storm.card),
    )?.[1];
    const answer = await activity(
      cardClick(connector.url, ALEX, storm.activityId, 'close_storm', {
        commentKey: stormKey,
        noReplyReason: 'thanks_only',
      }),
    );
    if (answer.status !== 200) return;
    const members = plan.comments.filter((m) => m.postId === c.postId && m.staff.kind === 'no_answer');
    const closedNow: string[] = [];
    for (const m of members) {
      const stored = (await store.get(keyOf(m)))?.value;
      if (stored?.state === 'no_reply') {
        closedNow.push(commentKey(m));
        staff.set(m.n, { closedAtMs: Date.now() });
      }
    }
    touches.stormClosed(storm.card, closedNow);
  };
  const staff = new Map<number, StaffRecord>();
  const threads: Record<string, unknown>[] = [];
  const rssByDay: number[] = [];
  let undelivered = 0;
  let shed = 0;
  const steps = (DAYS * 24 * 60) / STEP_MINUTES;
  for (let step = 0; step < steps; step += 1) {
    const from = step * STEP_MINUTES;
    const to = from + STEP_MINUTES;
    await bot.step(WEEK_START.plus({ minutes: from }).toUTC().toISO() ?? '');
    const written = plan.comments.filter((c) => c.writtenMinute >= from && c.writtenMinute < to);
    const youTubeThreads = threads.length;
    await forEachLimited(written, 8, async (c) => {
      const at = WEEK_START.plus({ minutes: c.writtenMinute }).toMillis();
      const delivery = deliveryOf(c, at);
      if (!delivery) return void threads.unshift(youTubeThread(c, at));
      // Delivered again after Retry-After when the bot sheds it, as the platforms do.
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await fetch(`${bot.url}${delivery.path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...delivery.headers },
          body: delivery.body,
        });
        await response.arrayBuffer();
        if (response.status !== 503) return void (response.ok || (undelivered += 1));
        shed += 1;
        await new Promise((resolve) =>
          setTimeout(resolve, Number(response.headers.get('Retry-After') ?? 1) * 1000),
        );
      }
      undelivered += 1;
    });
    // Polled in each quarter that brought YouTube a comment: a poll of an unchanged list finds nothing new.
    if (threads.length > youTubeThreads) {
      youtube.pages.set('', { kind: 'youtube#commentThreadListResponse', items: threads.slice(0, 50) });
      await bot.step(WEEK_START.plus({ minutes: from }).toUTC().toISO() ?? '', { poll: true });
    }
    // Staff act on what is due in this quarter, in order, each answer at its own minute.
    for (const action of actionsBetween(plan.comments, from, to)) {
      const { c, minute, verb } = action;
      await bot.step(WEEK_START.plus({ minutes: minute }).toUTC().toISO() ?? '');
      if (c.staff.kind === 'no_answer') {
        if (c.staff.viaStorm) await closeStorm(c);
        else {
          // The card's own suggestion, with the reason it fills in; the menu's first reason where it has none.
          await cardOf(c);
          await click(c, 'no_reply', touches.suggestion(commentKey(c)) ?? { noReplyReason: 'thanks_only' });
          if ((await store.get(keyOf(c)))?.value.state === 'no_reply') {
            staff.set(c.n, { closedAtMs: Date.now() });
            touches.done(commentKey(c), true);
          }
        }
      } else if (verb === 'first') {
        await click(c, 'claim');
        const reply = c.staff.kind === 'reply';
        const answered = reply
          ? await click(c, 'reply', { replyText: 'Hej! Tack för frågan, så här är det. /Alex' }, true)
          : await click(c, 'acknowledge', {}, c.staff.kind !== 'case');
        // A case officer tells the resident it is seen, then opens the case (to be documented in Platina).
        if (c.staff.kind === 'case') await click(c, 'open_case', {}, true);
        if (answered && reply) staff.set(c.n, { closedAtMs: Date.now() });
      } else if (await click(c, 'reply', { replyText: 'Hej igen! Nu vet vi mer. /Alex' }, true)) {
        staff.set(c.n, { closedAtMs: Date.now() });
      }
    }
    const dayEnds = to % (24 * 60) === 0;
    const { rssMb } = await bot.step(WEEK_START.plus({ minutes: to }).toUTC().toISO() ?? '', {
      sweep: true,
      measure: dayEnds,
    });
    if (dayEnds) rssByDay.push(rssMb);
  }
  // The week's last comments came in moments ago: their cards are counted once every delivery acknowledged is
  // ingested, in-flight posts are done and the outbox has had its next sweep, as it would a moment later.
  let end = WEEK_START.plus({ days: DAYS });
  const backlog = await drained(createTableClients(azurite.connectionString, prefix).inbox, (waitedMs) => {
    end = WEEK_START.plus({ days: DAYS, milliseconds: Math.round(waitedMs) });
    return bot.step(end.toUTC().toISO() ?? '');
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await bot.step(end.plus({ seconds: 2 }).toUTC().toISO() ?? '', { outbox: true });
  const results = await checkWeek({
    plan,
    staff,
    connector,
    store,
    botUrl: bot.url,
    rssByDay,
    undelivered,
    shed,
    cardsAwaited,
    backlog,
    clicks: touches.result(),
  });
  await bot.stop();
  await Promise.all([connector.close(), graph.close(), x.close(), linkedin.close(), youtube.close()]);
  await azurite.stop();
  return results;
}
