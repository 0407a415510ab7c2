import assert from 'node:assert/strict';
import sinon from 'sinon';
import { leaseFrom } from '../../services/app/posting/card-lease';
import { EventIngester } from '../../services/app/ingest/ingest-events';
import { PendingCardPoster } from '../../services/app/posting/post-pending-card';
import { CardTurns } from '../../services/app/posting/card-turns';
import { DEFAULT_DEADLINE_POLICY } from '../../services/domain/deadline';
import { eventually } from '../support/eventually';
import { newStoredComment } from '../../services/domain/new-comment';
import type { StoredComment } from '../../services/domain/comment';
import { utcIso } from '../../services/domain/utc-iso';
import { CHANNEL, drawing, useCaseWorld } from './use-case-world';
import { facebookComment } from '../support/incoming-comment';
import type { IngestPriority } from '../../services/ports/index';

function posterIn(
  world: ReturnType<typeof useCaseWorld>,
  routed = true,
  maxImmediate?: number,
  priority?: IngestPriority,
) {
  const told = { unrouted: 0, refused: 0, deadLetters: [] as number[] };
  const poster = new PendingCardPoster({
    store: world.store,
    queue: world.store.queue,
    poster: world.poster,
    routes: { routeFor: async () => (routed ? CHANNEL : undefined) },
    renderer: drawing,
    clock: world.clock,
    logger: world.logger,
    notices: {
      unrouted: async () => void (told.unrouted += 1),
      routeRefused: async () => void (told.refused += 1),
      deadLetters: async (count) => void told.deadLetters.push(count),
    },
    ...(maxImmediate ? { maxImmediate } : {}),
    ...(priority ? { priority } : {}),
  });
  const turns = new CardTurns({
    poster,
    logger: world.logger,
    clock: world.clock,
    ...(maxImmediate ? { maxImmediate } : {}),
    ...(priority ? { priority } : {}),
  });
  return { poster, told, turns };
}

async function stored(world: ReturnType<typeof useCaseWorld>, id: string): Promise<StoredComment> {
  const comment = newStoredComment(facebookComment(id), world.clock.now());
  await world.store.insertNew(comment);
  return comment;
}

/** Makes each post to Teams take 20 ms and counts the most posted at once (`reset` starts the count again). */
function slowSends(world: ReturnType<typeof useCaseWorld>) {
  let sending = 0;
  const counted = { most: 0, reset: () => void (counted.most = 0) };
  const post = world.poster.postNewThread.bind(world.poster);
  world.poster.postNewThread = async (...args) => {
    counted.most = Math.max(counted.most, (sending += 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    sending -= 1;
    return post(...args);
  };
  return counted;
}

/** Holds the first post to Teams until the returned function is called; the others go through at once. */
function holdFirstSend(world: ReturnType<typeof useCaseWorld>): () => void {
  let release: () => void = () => undefined;
  let calls = 0;
  const post = world.poster.postNewThread.bind(world.poster);
  world.poster.postNewThread = async (...args) => {
    if ((calls += 1) === 1) await new Promise<void>((resolve) => (release = resolve));
    return post(...args);
  };
  return () => release();
}

describe('use case: post a pending card', () => {
  it('posts at most so many cards at once after their webhooks; the next wait their turn and all are posted', async () => {
    const world = useCaseWorld();
    const { turns } = posterIn(world, true, 1);
    const sends = slowSends(world);
    const comments = [await stored(world, '1'), await stored(world, '2'), await stored(world, '3')];
    for (const c of comments) turns.postSoon((await world.store.get(c))!);
    await eventually(() => assert.equal(world.poster.sent.length, 3));
    assert.equal(sends.most, 1, 'one at a time');
    assert.deepEqual(await world.store.queue.listPending(10), []);
  });

  it('posts a card that waited past half its lease seconds after the lease ran out, not at the next sweep', async () => {
    const timers = sinon.useFakeTimers({ toFake: ['performance', 'setTimeout'] });
    try {
      const world = useCaseWorld();
      const { turns } = posterIn(world, true, 1);
      const releaseFirst = holdFirstSend(world);
      const start = world.clock.now();
      for (const id of ['1', '2']) {
        const comment = newStoredComment(facebookComment(id), start);
        await world.store.insertNew(comment, leaseFrom(start));
        turns.postSoon((await world.store.get(comment))!);
      }
      await timers.tickAsync(20_000);
      world.clock.set(start.plus({ seconds: 20 }).toISO()!);
      releaseFirst();
      await timers.tickAsync(1_000);
      assert.equal(world.poster.sent.length, 1, 'the second waits: its lease from the insert is nearly over');
      world.clock.set(start.plus({ seconds: 32 }).toISO()!);
      await timers.tickAsync(11_000);
      assert.equal(world.poster.sent.length, 2, 'posted once the lease ran out');
      assert.deepEqual(await world.store.queue.listPending(10), []);
    } finally {
      timers.restore();
    }
  });

  it('posts one card, not two, when the sweep took a waiting card after its insert lease ran out by the clock', async () => {
    const world = useCaseWorld();
    const { poster, turns } = posterIn(world, true, 1);
    const releaseFirst = holdFirstSend(world);
    const start = world.clock.now();
    const comments = [];
    for (const id of ['1', '2']) {
      const comment = newStoredComment(facebookComment(id), start);
      await world.store.insertNew(comment, leaseFrom(start));
      comments.push(comment);
      turns.postSoon((await world.store.get(comment))!);
    }
    // The second waits its turn while a minute passes by the clock: its lease from the insert is over.
    world.clock.set(start.plus({ minutes: 1 }).toISO()!);
    assert.equal(await poster.post(comments[1]!), 'posted', 'the sweep posts it');
    releaseFirst();
    await eventually(() => assert.equal(world.poster.sent.length, 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(world.poster.sent.length, 2, 'each comment has one card');
    assert.deepEqual(await world.store.queue.listPending(10), []);
  });

  it('posts only two cards at once while webhooks are being stored, and the rest as soon as storing is done', async () => {
    const world = useCaseWorld();
    let storing = true;
    const quiet: (() => void)[] = [];
    const { turns } = posterIn(world, true, undefined, {
      storing: () => storing,
      holding: () => storing,
      onQuiet: (listener) => quiet.push(listener),
    });
    const sends = slowSends(world);
    const comments = await Promise.all(['1', '2', '3', '4', '5', '6'].map((id) => stored(world, id)));
    for (const c of comments) turns.postSoon((await world.store.get(c))!);
    await eventually(() => assert.equal(world.poster.sent.length, 6));
    assert.equal(sends.most, 2, 'two at a time while storing');
    sends.reset();
    const more = await Promise.all(['7', '8', '9', '10', '11', '12'].map((id) => stored(world, id)));
    for (const c of more) turns.postSoon((await world.store.get(c))!);
    storing = false;
    for (const listener of quiet) listener();
    await eventually(() => assert.equal(world.poster.sent.length, 12));
    assert.ok(sends.most > 2, `all waiting ones at once after storing (${sends.most})`);
  });

  it('posts a stored comment’s card once, records where it went and takes it off the queue', async () => {
    const world = useCaseWorld();
    const { poster } = posterIn(world);
    const comment = await stored(world, '1');
    assert.equal(await poster.post(comment), 'posted');
    assert.equal(await poster.post(comment), 'already_posted');
    assert.deepEqual(
      world.poster.sent.map((s) => s.kind),
      ['thread'],
    );
    assert.equal((await world.store.get(comment))?.value.card?.activityId, 'activity-1');
    assert.deepEqual(await world.store.queue.listPending(10), []);
  });

  it('lets a reply follow its conversation’s first card: not posted before it, in its thread once it is there', async () => {
    const world = useCaseWorld();
    const { poster } = posterIn(world);
    const root = await stored(world, '1');
    const reply = {
      ...newStoredComment(facebookComment('2'), world.clock.now()),
      conversation: { rootId: root.commentId, repliesTo: 'resident' as const },
    };
    await world.store.insertNew(reply);
    assert.equal(await poster.post(reply), 'follows', 'the first card is not there yet');
    assert.equal(world.poster.sent.length, 0, 'nothing posted in a thread of its own');
    const waiting = (await world.store.queue.listPending(10)).map((key) => key.commentId).sort();
    assert.deepEqual(waiting, [root.commentId, reply.commentId].sort(), 'both still waiting, none lost');
    assert.equal(await poster.post(root), 'posted');
    assert.equal(await poster.post(reply), 'posted');
    const rootCard = (await world.store.get(root))?.value.card;
    assert.deepEqual(
      world.poster.sent.map((s) => (s.kind === 'in_thread' ? `in the thread of ${s.rootId}` : s.kind)),
      ['thread', `in the thread of ${rootCard?.activityId}`],
    );
  });

  it('answers Teams’ 413 with the smallest card, never the same card again', async () => {
    const world = useCaseWorld();
    const { poster } = posterIn(world);
    const comment = await stored(world, '1');
    world.poster.refusals.push(413);
    assert.equal(await poster.post(comment), 'posted');
    assert.deepEqual(
      world.poster.sent.map((s) => (s.kind === 'thread' ? s.card : undefined)),
      [{ card: 'smallest', commentId: comment.commentId }],
    );
  });

  it('tries a failed post again later with a growing delay, and not before', async () => {
    const world = useCaseWorld();
    const { poster } = posterIn(world);
    const comment = await stored(world, '1');
    world.poster.refusals.push(502);
    assert.equal(await poster.post(comment), 'failed');
    await poster.sweepOnce();
    assert.equal(world.poster.sent.length, 0);
    world.clock.set('2026-12-02T09:01');
    await poster.sweepOnce();
    assert.equal(world.poster.sent.length, 1);
  });

  it('keeps a card Teams refuses for good as a dead letter, tells admins once, and posts fresh cards meanwhile', async () => {
    const world = useCaseWorld();
    const { poster, told } = posterIn(world);
    const refused = await stored(world, 'refused');
    world.poster.refusals.push(400);
    await poster.sweepOnce();
    const fresh = await stored(world, 'fresh');
    await poster.sweepOnce();
    await poster.sweepOnce();
    assert.deepEqual(told.deadLetters, [1]);
    assert.deepEqual(
      (await world.store.queue.listDeadLetters(10)).map((d) => [d.key.commentId, d.code]),
      [[refused.commentId, 'teams_send_failed:400']],
    );
    assert.ok((await world.store.get(fresh))?.value.card);
    assert.equal((await world.store.get(refused))?.value.card, undefined);
  });

  it('leaves a comment with no channel waiting, stored, and says so', async () => {
    const world = useCaseWorld();
    const { poster, told } = posterIn(world, false);
    const comment = await stored(world, '1');
    assert.equal(await poster.post(comment), 'no_route');
    assert.equal(told.unrouted, 1);
    assert.equal(world.poster.sent.length, 0);
    assert.deepEqual(
      (await world.store.queue.listDue(utcIso(world.clock.now()), 10)).map((e) => e.key.commentId),
      [comment.commentId],
    );
  });

  it('takes the lease with the insert: from webhook to posted card, two calls to the comment store', async () => {
    const world = useCaseWorld();
    const { turns } = posterIn(world);
    const ingester = new EventIngester({
      store: world.store,
      outbox: turns,
      updater: { refresh: async () => true },
      reminders: { planFor: () => [] },
      clock: world.clock,
      deadlinePolicy: DEFAULT_DEADLINE_POLICY,
      accounts: { knows: () => true },
      foreignAccounts: { dropped: async () => undefined },
    });
    await ingester.ingest([{ kind: 'new', comment: facebookComment('1') }], world.logger);
    await eventually(async () => assert.deepEqual(await world.store.queue.listPending(10), []));
    assert.equal(world.poster.sent.length, 1);
    assert.equal(world.store.calls, 2, 'the insert (with marker and lease) and the posted-card record');
  });
});
