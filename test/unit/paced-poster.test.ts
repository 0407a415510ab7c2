import assert from 'node:assert/strict';
import { systemClock } from '../../services/adapters/system-clock';
import sinon from 'sinon';
import { pino } from 'pino';
import { PacedTeamsPoster, TEAMS_LIMITS } from '../../bot/teams/paced-poster';
import { AppError } from '../../services/domain/app-error';
import type { PostedCard } from '../../services/domain/comment';
import type { TeamsChannelRoute, TeamsPoster } from '../../services/ports/index';

const route = (channelId: string): TeamsChannelRoute => ({
  teamId: 'team',
  channelId,
  tenantId: 'tenant',
  serviceUrl: 'https://smba.example/',
  botId: '28:bot',
});

/** Records when each card reached "Teams", and fails the first tries of the cards told to. */
class RecordingTeams implements TeamsPoster {
  readonly sent: { channel: string; card: string; at: number }[] = [];
  readonly failures = new Map<string, AppError[]>();
  /** How long each card takes to reach Teams, by name; Teams counts it when it arrives. */
  readonly delays = new Map<string, number>();

  async postNewThread(target: TeamsChannelRoute, card: object): Promise<PostedCard> {
    const name = (card as { name: string }).name;
    const failure = this.failures.get(name)?.shift();
    if (failure) throw failure;
    const delay = this.delays.get(name) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    this.sent.push({ channel: target.channelId, card: name, at: Date.now() });
    return { ...target, activityId: `a-${name}` };
  }
  async postCardInThread(root: PostedCard): Promise<PostedCard> {
    return root;
  }
  async updateCard(): Promise<void> {}
  async sendToUser(): Promise<string> {
    return 'a:chat';
  }
  async replyInThread(): Promise<void> {}
}

const refused = (status: number, retryAfterSeconds?: number) =>
  new AppError('teams_send_failed', 'refused', {
    status,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });

describe('the paced Teams sender', () => {
  let clock: sinon.SinonFakeTimers;
  let teams: RecordingTeams;
  let paced: PacedTeamsPoster;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: Date.parse('2026-11-26T09:00:00Z') });
    teams = new RecordingTeams();
    paced = new PacedTeamsPoster(teams, pino({ level: 'silent' }), systemClock, TEAMS_LIMITS, () => 0.5);
  });
  afterEach(() => {
    paced.close();
    clock.restore();
  });

  const start = Date.parse('2026-11-26T09:00:00Z');
  const sentBy = (ms: number) => teams.sent.filter((s) => s.at - start < ms).length;

  it('keeps one channel under 7 a second and 60 in 30 seconds, and delivers every card', async () => {
    const posts = Array.from({ length: 70 }, (_, i) =>
      paced.postNewThread(route('19:general'), { name: `c${i}` }),
    );
    await clock.tickAsync(0);
    assert.equal(sentBy(1), 7, 'seven in the first second');
    await clock.tickAsync(1000);
    assert.equal(sentBy(1001), 14);
    await clock.tickAsync(28_000);
    assert.equal(sentBy(30_000), 60, 'sixty in the first thirty seconds');
    await clock.tickAsync(31_000);
    await Promise.all(posts);
    assert.equal(teams.sent.length, 70);
    for (const { at } of teams.sent) {
      assert.ok(teams.sent.filter((s) => s.at > at - 1000 && s.at <= at).length <= 7, 'never 8 in a second');
      assert.ok(teams.sent.filter((s) => s.at > at - 30_000 && s.at <= at).length <= 60);
    }
  });

  it('stays under the limits where Teams counts, on arrival, when some sends are slow on their way', async () => {
    for (let i = 0; i < 40; i++) teams.delays.set(`c${i}`, i % 3 === 0 ? 900 : 0);
    const posts = Array.from({ length: 40 }, (_, i) =>
      paced.postNewThread(route('19:general'), { name: `c${i}` }),
    );
    await clock.tickAsync(20_000);
    await Promise.all(posts);
    assert.equal(teams.sent.length, 40);
    for (const { at } of teams.sent) {
      const arrivedWithin1s = teams.sent.filter((s) => s.at > at - 1000 && s.at <= at).length;
      assert.ok(arrivedWithin1s <= 7, `${arrivedWithin1s} arrived within one second`);
    }
  });

  it('keeps the app under 30 a second across channels', async () => {
    const posts = Array.from({ length: 40 }, (_, i) =>
      paced.postNewThread(route(`19:c${i}`), { name: `c${i}` }),
    );
    await clock.tickAsync(0);
    assert.equal(sentBy(1), 30);
    await clock.tickAsync(1000);
    await Promise.all(posts);
    assert.equal(teams.sent.length, 40);
  });

  it('sends the most urgent card first when cards wait for their turn', async () => {
    const deadlines = [23, 5, 17, 2, 11, 8, 20, 1, 14, 3, 22, 6].map((h) => ({
      name: `due-in-${h}h`,
      dueBy: new Date(start + h * 3_600_000).toISOString(),
    }));
    const posts = deadlines.map((d) => paced.postNewThread(route('19:general'), { name: d.name }, d.dueBy));
    await clock.tickAsync(2000);
    await Promise.all(posts);
    const expected = [...deadlines].sort((a, b) => a.dueBy.localeCompare(b.dueBy)).map((d) => d.name);
    assert.deepEqual(
      teams.sent.map((s) => s.card),
      expected,
    );
    assert.deepEqual(
      teams.sent.slice(0, 7).map((s) => s.card),
      expected.slice(0, 7),
      'the first second goes to the seven most urgent',
    );
  });

  it('waits as long as Retry-After says after a 429, then delivers', async () => {
    teams.failures.set('c1', [refused(429, 3)]);
    const post = paced.postNewThread(route('19:general'), { name: 'c1' });
    await clock.tickAsync(2900);
    assert.equal(teams.sent.length, 0, 'not before Retry-After');
    await clock.tickAsync(200);
    assert.deepEqual(await post, { ...route('19:general'), activityId: 'a-c1' });
  });

  it('retries 412, 502 and 504 with a growing delay, and gives up after five tries', async () => {
    teams.failures.set('c1', [refused(412), refused(502), refused(504)]);
    const post = paced.postNewThread(route('19:general'), { name: 'c1' });
    // Delays with jitter fixed at the middle: 0.75 s, 1.5 s, 3 s.
    await clock.tickAsync(5200);
    assert.equal(teams.sent.length, 0, 'still waiting out the third delay');
    await clock.tickAsync(100);
    assert.equal(teams.sent[0]?.at, start + 750 + 1500 + 3000);
    await post;

    teams.failures.set(
      'c2',
      Array.from({ length: 5 }, () => refused(502)),
    );
    const lost = paced.postNewThread(route('19:general'), { name: 'c2' }).catch((e: unknown) => e);
    await clock.tickAsync(60_000);
    assert.equal(((await lost) as AppError).details.status, 502);
  });

  it('does not retry what waiting cannot fix: 403 goes straight back to the caller', async () => {
    teams.failures.set('c1', [refused(403)]);
    const post = paced.postNewThread(route('19:general'), { name: 'c1' }).catch((e: unknown) => e);
    await clock.tickAsync(0);
    assert.equal(((await post) as AppError).details.status, 403);
    assert.equal(teams.sent.length, 0);
  });
});
