import { performance } from 'node:perf_hooks';
import type { Colleague } from '../cards/teamwork-forms';
import type { StoredComment } from '../services/domain/comment';
import type { AwayList, StaffMember, StaffStore } from '../services/ports';
import type { Logger } from './logger';

/** How long the list read from storage is used before it is read again (another instance may have changed it). */
const FRESH_FOR_MS = 60_000;

/**
 * The trained colleagues a card offers for Tilldela, kept in memory so a card is drawn without a storage call; read
 * again after a minute and at once after `behörighet` changes it here.
 */
export class StaffRoster {
  private members: readonly StaffMember[] = [];
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly deps: {
      readonly staff: StaffStore;
      /** Someone away is not offered. */
      readonly away?: Pick<AwayList, 'list'>;
      readonly contactCentreIds: readonly string[];
      readonly logger: Logger;
    },
  ) {}

  async reload(): Promise<void> {
    const away = new Set((await this.deps.away?.list())?.map((a) => a.id) ?? []);
    this.members = (await this.deps.staff.list()).filter((m) => !away.has(m.id));
    this.readAt = performance.now();
  }

  /** The colleagues for this comment's card: for Messenger, only the contact centre's people (P7). */
  colleaguesFor(comment: StoredComment): Colleague[] {
    if (performance.now() - this.readAt > FRESH_FOR_MS) {
      this.readAt = performance.now();
      void this.reload().catch(() =>
        this.deps.logger.warn({ event: 'staff.roster.failed' }, 'staff list not read; the last one is used'),
      );
    }
    const members =
      comment.platform === 'messenger'
        ? this.members.filter((m) => this.deps.contactCentreIds.includes(m.id))
        : this.members;
    return members.map((m) => ({ id: m.id, name: m.name }));
  }
}
