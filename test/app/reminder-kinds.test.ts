import assert from 'node:assert/strict';
import type { StoredComment } from '../../services/domain/comment';
import type { Person } from '../../services/domain/person';
import { DEFAULT_REMINDER_POLICY, type ReminderKind } from '../../services/domain/reminder-plan';
import { utcIso } from '../../services/domain/utc-iso';
import { CardUpdater } from '../../services/app/posting/card-updater';
import { Reminders } from '../../services/app/reminders/reminders';
import type { Mentioned, Schedule } from '../../services/ports/index';
import { InMemoryReminderStore } from '../fakes/memory/in-memory-reminder-store';
import { clickWorld, STAFF } from './click-world';
import { CHANNEL } from './use-case-world';

const ON_DUTY: Mentioned = { id: '29:duty', name: 'Dana Jour' };
const LEAD: Mentioned = { id: '29:lead', name: 'Lena Chef' };

/** The reminder sweep on the fakes, around the click world's comment and its posted card. */
async function reminderWorld() {
  const w = await clickWorld();
  const rows = new InMemoryReminderStore();
  const chats = new Map<string, string>();
  const run: Schedule = { run: async () => undefined, start: () => undefined, stop: async () => undefined };
  const reminders = new Reminders({
    reminders: rows,
    comments: w.store,
    poster: w.poster,
    duty: { list: async () => [ON_DUTY], add: async () => undefined, remove: async () => true },
    chats: {
      get: async (id) => chats.get(id),
      save: async (id, conversation) => void chats.set(id, conversation),
      markRefused: async () => undefined,
      refusedUntil: async () => undefined,
    },
    routes: { routeFor: async () => CHANNEL },
    updater: new CardUpdater(w.poster, w.deps.renderer, w.logger),
    clock: w.clock,
    logger: w.logger,
    schedule: (_job, _ms, pass) => ({ ...run, run: pass }),
    policy: DEFAULT_REMINDER_POLICY,
    teamLeads: [LEAD],
    intervalMs: 60_000,
    teamwork: { claimIdleHours: 2, promiseEscalationDays: 2 },
  });
  const comment = await w.stored();
  return {
    ...w,
    rows,
    /** A reminder of this kind for the comment, due now, and the sweep that finds it. */
    due: async (kind: ReminderKind) => {
      const at = utcIso(w.clock.now());
      const of = kind === 'daily_overview' ? { platform: '-', commentId: 'daily' } : comment;
      await rows.add([{ kind, dueAt: at, platform: of.platform, commentId: of.commentId }]);
      await reminders.sweep();
    },
    /** Moves the clock on, in Stockholm time. */
    at: (localTime: string) => w.clock.set(localTime),
    sentTo: (person: Person) => w.poster.sent.filter((s) => s.kind === 'user' && s.userId === person.id),
    inThread: () => w.poster.sent.flatMap((s) => (s.kind === 'reply' ? [s.message] : [])),
    updates: () => w.poster.sent.filter((s) => s.kind === 'update').length,
    set: (change: (c: StoredComment) => StoredComment) =>
      w.store.mutate(comment, (c) => ({ comment: change(c) })),
  };
}

type World = Awaited<ReturnType<typeof reminderWorld>>;

/** Every reminder kind: who is told what, and what changes, when it comes due. */
const CASES: Record<ReminderKind, (w: World) => Promise<void>> = {
  before_deadline: async (w) => {
    await w.due('before_deadline');
    const told = w.inThread();
    assert.equal(told.length, 1, 'unclaimed: the people on duty, in the thread');
    assert.deepEqual(told[0]?.mentions, [ON_DUTY]);
    await w.click(STAFF, 'claim');
    await w.due('before_deadline');
    assert.equal(w.sentTo(STAFF).length, 1, 'claimed: the holder, in 1:1');
  },
  overdue: async (w) => {
    await w.click(STAFF, 'claim');
    await w.due('overdue');
    const told = w.inThread();
    assert.equal(told.length, 1);
    assert.deepEqual(
      told[0]?.mentions?.map((m) => m.name),
      [STAFF.name, LEAD.name],
    );
  },
  badge: async (w) => {
    await w.due('badge');
    assert.equal(w.updates(), 1, 'the card is drawn again with its badge');
    assert.equal(w.inThread().length, 0);
  },
  follow_up: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'acknowledge');
    await w.due('follow_up');
    assert.equal(w.sentTo(STAFF).length, 1, 'the promised answer is asked for, in 1:1');
  },
  platina: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'open_case');
    await w.due('platina');
    assert.equal(w.sentTo(STAFF).length, 1, 'the case officer is asked for the Platina reference');
  },
  daily_overview: async (w) => {
    await w.due('daily_overview');
    const posted = w.poster.sent.filter((s) => s.kind === 'thread');
    assert.equal(posted.length, 1, 'one overview in the channel with open comments');
    assert.equal(posted[0]?.kind === 'thread' && posted[0].channelId, CHANNEL.channelId);
  },
  idle_nudge: async (w) => {
    await w.click(STAFF, 'claim');
    w.at('2026-12-02T11:30');
    await w.due('idle_nudge');
    assert.equal(w.sentTo(STAFF).length, 1, 'the holder is nudged after two idle office hours');
    assert.equal((await w.stored()).holder?.name, STAFF.name);
  },
  idle_release: async (w) => {
    await w.click(STAFF, 'claim');
    w.at('2026-12-02T14:00');
    await w.due('idle_release');
    assert.equal((await w.stored()).state, 'open', 'back to the queue');
    assert.equal(w.inThread().length, 1, 'and the thread is told');
  },
  promise_escalation: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'acknowledge');
    w.at('2026-12-07T09:00');
    await w.due('promise_escalation');
    const told = w.inThread();
    assert.equal(told.length, 1, 'a promise unkept for two working days goes to the team leads');
    assert.ok(told[0]?.mentions?.some((m) => m.name === LEAD.name));
  },
  question_reminder: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'ask_department', { department: 'Avfall', question: 'Vilken dag blir det?' });
    const before = w.inThread().length;
    w.at('2026-12-03T09:00');
    await w.due('question_reminder');
    assert.equal(w.inThread().length, before + 1, 'the department is reminded under its question');
  },
};

describe('use case: every reminder kind on the fakes', () => {
  it('has a case for every kind', () => {
    const kinds: ReminderKind[] = [
      'before_deadline',
      'overdue',
      'badge',
      'follow_up',
      'platina',
      'daily_overview',
      'idle_nudge',
      'idle_release',
      'promise_escalation',
      'question_reminder',
    ];
    assert.deepEqual(Object.keys(CASES).sort(), kinds.sort());
  });

  for (const [kind, run] of Object.entries(CASES)) {
    it(kind, async () => {
      const w = await reminderWorld();
      await run(w);
      assert.ok(!w.logger.events.includes('reminder.failed'), w.logger.events.join());
    });
  }

  it('sends nothing for a comment answered meanwhile', async () => {
    const w = await reminderWorld();
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'reply', { draft: 'Hej Anna! Fredag gäller. ' });
    const before = w.poster.sent.length;
    await w.due('before_deadline');
    await w.due('overdue');
    assert.equal(w.poster.sent.length, before);
  });
});
