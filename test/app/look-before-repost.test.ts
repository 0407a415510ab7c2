import assert from 'node:assert/strict';
import { LookBeforeRepost } from '../../services/app/posting/look-before-repost';
import { AppError, isAppError } from '../../services/domain/app-error';
import type { PostedCard } from '../../services/domain/comment';
import type { ChannelCardFinder, TeamsChannelRoute } from '../../services/ports/index';
import { RecordingTeamsPoster } from '../fakes/memory/recording-teams-poster';
import { TestClock } from '../support/test-clock';
import { CHANNEL, useCaseWorld } from './use-case-world';

const ROUTE: TeamsChannelRoute = CHANNEL;
const card = (commentKey: string) => ({
  type: 'AdaptiveCard',
  body: [{ type: 'TextRun', text: 'När töms soporna?' }],
  actions: [{ type: 'Action.Execute', verb: 'claim', data: { commentKey } }],
});
const OVERVIEW = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Dagens översikt' }] };

/** A channel Graph can be asked about: the cards Teams holds there, as found; `down` while Graph cannot answer. */
function channel() {
  const looks: string[] = [];
  const state = {
    holds: undefined as PostedCard | undefined,
    down: false,
    refusing: undefined as AppError | undefined,
  };
  const finder: ChannelCardFinder = {
    findCard: async (_route, identity) => {
      looks.push(identity);
      if (state.refusing) throw state.refusing;
      if (state.down) throw new AppError('graph_failed', 'Microsoft Graph answered 503', { status: 503 });
      return state.holds;
    },
  };
  return { finder, looks, state };
}

/** Each step `step.ms` after the last (ten seconds: every earlier attempt has had time to show in Graph). */
function posterOver(inner: RecordingTeamsPoster, finder: ChannelCardFinder, step = { ms: 10_000 }) {
  const world = useCaseWorld();
  const clock = new TestClock('2026-12-02T09:00');
  let elapsed = 0;
  Object.assign(clock, { monotonic: () => (elapsed += step.ms) });
  return new LookBeforeRepost(inner, finder, clock, world.logger);
}

async function failsWith(promise: Promise<unknown>, status: number): Promise<void> {
  await assert.rejects(
    promise,
    (e: unknown) => isAppError(e, 'teams_send_failed') && e.details.status === status,
  );
}

describe('use case: a new card is never posted twice after Teams answered 5xx', () => {
  it('posts a card Teams did not take after 502 once the channel shows it is not there', async () => {
    const inner = new RecordingTeamsPoster();
    const { finder, looks } = channel();
    const poster = posterOver(inner, finder);
    inner.refusals.push(502);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:1')), 502);
    const posted = await poster.postNewThread(ROUTE, card('facebook:1'));
    assert.equal(looks.length, 1, 'looked once first');
    assert.equal(inner.sent.filter((s) => s.kind === 'thread').length, 1);
    assert.equal(posted.activityId, 'activity-1');
  });

  it('keeps the card Teams had posted, drawn as it is now, and does not post it again', async () => {
    const inner = new RecordingTeamsPoster();
    const { finder, state } = channel();
    const poster = posterOver(inner, finder);
    inner.refusals.push(504);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:2')), 504);
    state.holds = { ...ROUTE, activityId: 'activity-posted-before-504' };
    const posted = await poster.postNewThread(ROUTE, card('facebook:2'));
    assert.equal(posted.activityId, 'activity-posted-before-504');
    assert.deepEqual(
      inner.sent.map((s) => s.kind),
      ['update'],
      'no new thread; the found card drawn again',
    );
  });

  it('waits while Graph cannot answer, rather than post blind', async () => {
    const inner = new RecordingTeamsPoster();
    const { finder, state } = channel();
    const poster = posterOver(inner, finder);
    inner.refusals.push(502);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:3')), 502);
    state.down = true;
    await failsWith(poster.postNewThread(ROUTE, card('facebook:3')), 504);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:3')), 504);
    assert.equal(inner.sent.length, 0, 'nothing posted while it cannot look');
    state.down = false;
    await poster.postNewThread(ROUTE, card('facebook:3'));
    assert.equal(inner.sent.filter((s) => s.kind === 'thread').length, 1);
  });

  it('looks only after a 5xx, only for the same card, and not for a card without buttons', async () => {
    const inner = new RecordingTeamsPoster();
    const { finder, looks } = channel();
    const poster = posterOver(inner, finder);
    inner.refusals.push(403);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:4')), 403);
    await poster.postNewThread(ROUTE, card('facebook:4'));
    inner.refusals.push(502);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:5')), 502);
    await poster.postNewThread(ROUTE, card('facebook:6'));
    inner.refusals.push(502);
    await failsWith(poster.postNewThread(ROUTE, OVERVIEW), 502);
    await poster.postNewThread(ROUTE, OVERVIEW);
    assert.deepEqual(looks, [], 'a refusal, another card, or one it cannot tell apart: no look');
  });

  it('posts without waiting where looking cannot work: Graph refusing the app, or the team’s group unknown', async () => {
    for (const refusal of [
      new AppError('graph_failed', 'Microsoft Graph answered 403', { status: 403, code: 'Forbidden' }),
      new AppError('graph_failed', 'The team’s group id is not known', { status: 0, code: 'group_unknown' }),
    ]) {
      const inner = new RecordingTeamsPoster();
      const { finder, state } = channel();
      const poster = posterOver(inner, finder);
      inner.refusals.push(502);
      await failsWith(poster.postNewThread(ROUTE, card('facebook:7')), 502);
      state.refusing = refusal;
      await poster.postNewThread(ROUTE, card('facebook:7'));
      assert.equal(inner.sent.filter((s) => s.kind === 'thread').length, 1, String(refusal.details.code));
    }
  });

  it('posts after ten minutes of Graph not answering: a late card is worse than two', async () => {
    const inner = new RecordingTeamsPoster();
    const { finder, state } = channel();
    const step = { ms: 10_000 };
    const poster = posterOver(inner, finder, step);
    inner.refusals.push(502);
    await failsWith(poster.postNewThread(ROUTE, card('facebook:8')), 502);
    state.down = true;
    await failsWith(poster.postNewThread(ROUTE, card('facebook:8')), 504);
    step.ms = 11 * 60_000;
    await poster.postNewThread(ROUTE, card('facebook:8'));
    assert.equal(inner.sent.filter((s) => s.kind === 'thread').length, 1);
  });
});
