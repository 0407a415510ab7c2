import { testKeyedIds } from '../support/keyed-ids';
import { DEFAULT_DEADLINE_POLICY } from '../../services/domain/deadline';
import type { StoredComment } from '../../services/domain/comment';
import { newStoredComment } from '../../services/domain/new-comment';
import type { Person } from '../../services/domain/person';
import { DEFAULT_TEMPLATES } from '../../services/domain/templates';
import { AccessControl } from '../../services/app/access/access-control';
import { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { CardActionDeps } from '../../services/app/clicks/card-action';
import { dispatchCardAction } from '../../services/app/clicks/dispatch-click';
import { CardRenderer } from '../../services/app/posting/card-renderer';
import { CardUpdater } from '../../services/app/posting/card-updater';
import type { SavedAnswer } from '../../services/domain/saved-answer';
import type { DepartmentRoute, StaffMember } from '../../services/ports/index';
import { facebookComment } from '../support/incoming-comment';
import { cardText } from '../support/card-text';
import { CHANNEL, useCaseWorld } from './use-case-world';

export const ACCOUNT = { platform: 'facebook', id: '104729384756102', name: 'Malmö stad' } as const;
export const ADMIN: Person = { id: 'admin', name: 'Alex Lind', firstName: 'Alex' };
export const STAFF: Person = { id: 'megan', name: 'Megan Berg', firstName: 'Megan' };
export const TRAINEE: Person = { id: 'isaiah', name: 'Isaiah Holm', firstName: 'Isaiah' };
export const APPROVER: Person = { id: 'sara', name: 'Sara Ek', firstName: 'Sara' };

/**
 * The click's use cases on fakes: one Facebook comment stored with its card posted, the staff list with a trainee
 * and an approver, a platform that records what it is asked, a saved answer and a department.
 */
export async function clickWorld() {
  const world = useCaseWorld();
  const members = new Map<string, StaffMember>(
    [
      { ...STAFF, addedBy: 'Alex', addedAt: '2026-11-01T08:00:00.000Z' },
      { ...TRAINEE, addedBy: 'Alex', addedAt: '2026-11-01T08:00:00.000Z', role: 'trainee' as const },
      { ...APPROVER, addedBy: 'Alex', addedAt: '2026-11-01T08:00:00.000Z', role: 'approver' as const },
    ].map((m) => [m.id, m]),
  );
  const staff = {
    get: async (id: string) => members.get(id),
    add: async (m: StaffMember) => void members.set(m.id, m),
    remove: async (id: string) => members.delete(id),
    list: async () => [...members.values()],
  };
  const platform = {
    published: [] as string[],
    moderated: [] as string[],
    /** While set, a removal waits for it; a rejection is the platform refusing. */
    removing: undefined as Promise<void> | undefined,
  };
  const answer: SavedAnswer = {
    id: 'sophamtning',
    title: 'Sophämtning',
    text: 'Hämtningen flyttas en dag under helgveckorna.',
    scope: 'all',
    updatedBy: 'Alex',
    updatedAt: '2026-11-01T08:00:00.000Z',
  };
  const department: DepartmentRoute = {
    ...CHANNEL,
    channelId: '19:avfall@thread.tacv2',
    name: 'Avfall',
    boundBy: 'Alex',
  };
  const accounts = new AccountDirectory([
    { ...ACCOUNT, accessToken: 'page-token', templates: DEFAULT_TEMPLATES },
  ]);
  const renderer = new CardRenderer(accounts, 'KS-2026-01234', world.clock, 4);
  const deps: CardActionDeps = {
    store: world.store,
    keyedIds: testKeyedIds,
    renderer,
    updater: new CardUpdater(world.poster, renderer, world.logger),
    publisher: {
      publishReply: async (_comment, text) => {
        platform.published.push(text);
        return { replyId: `reply-${platform.published.length}` };
      },
    },
    moderator: {
      hide: async () => void platform.moderated.push('hide'),
      remove: async () => {
        await platform.removing;
        platform.moderated.push('remove');
      },
      unhide: async () => void platform.moderated.push('unhide'),
    },
    accounts,
    access: new AccessControl(staff, {
      adminIds: [ADMIN.id],
      staffIds: [],
      contactCentreIds: [],
      open: false,
    }),
    platina: { pattern: /^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/, example: 'KS-2026-01234' },
    clock: world.clock,
    logger: world.logger,
    staff,
    savedAnswers: { get: async (id) => (id === answer.id ? answer : undefined) },
    departments: { get: async (name) => (name.toLowerCase() === 'avfall' ? department : undefined) },
    poster: world.poster,
  };
  const incoming = facebookComment('1184736291045827', {
    accountId: ACCOUNT.id,
    writtenAt: '2026-12-02T07:55:00.000Z',
  });
  const stored = newStoredComment(incoming, world.clock.now(), DEFAULT_DEADLINE_POLICY);
  await world.store.insertNew(stored);
  await world.store.mutate(stored, (c) => ({
    comment: { ...c, card: { ...CHANNEL, activityId: 'activity-1' } },
  }));
  const key = { commentKey: `facebook:${stored.commentId}` };
  return {
    ...world,
    deps,
    platform,
    key,
    /** The comment as stored now. */
    stored: async (): Promise<StoredComment> => (await world.store.get(stored))!.value,
    /** A click on the card, as Teams delivers it: the card the clicker gets back, as text. */
    click: async (by: Person, verb: string, data: Record<string, unknown> = {}, channelId?: string) =>
      cardText(
        await dispatchCardAction(deps, {
          verb,
          data: { ...key, ...data },
          actor: by,
          ...(channelId ? { channelId } : {}),
        }),
      ),
    department,
  };
}
