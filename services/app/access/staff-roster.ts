import type { Colleague } from '../../../cards/teamwork-forms';
import type { StoredComment } from '../../domain/comment';
import type { AwayList, Clock, Log, StaffMember, StaffStore } from '../../ports/index';
import { CachedList } from './cached-list';

/** The trained colleagues a card offers for Tilldela: those present, kept in memory, read again after changes. */
export class StaffRoster {
  private readonly members: CachedList<StaffMember>;

  constructor(
    private readonly deps: {
      readonly staff: StaffStore;
      /** Someone away is not offered. */
      readonly away?: Pick<AwayList, 'list'>;
      readonly contactCentreIds: readonly string[];
      readonly clock: Pick<Clock, 'monotonic'>;
      readonly logger: Log;
    },
  ) {
    this.members = new CachedList(
      async () => {
        const away = new Set((await deps.away?.list())?.map((a) => a.id) ?? []);
        return (await deps.staff.list()).filter((m) => !away.has(m.id));
      },
      { clock: deps.clock, logger: deps.logger, what: 'staff' },
    );
  }

  reload(): Promise<void> {
    return this.members.reload();
  }

  /** The colleagues for this comment's card: for Messenger, only the contact centre's people (P7). */
  colleaguesFor(comment: StoredComment): Colleague[] {
    const members =
      comment.platform === 'messenger'
        ? this.members.current().filter((m) => this.deps.contactCentreIds.includes(m.id))
        : this.members.current();
    return members.map((m) => ({ id: m.id, name: m.name }));
  }
}
