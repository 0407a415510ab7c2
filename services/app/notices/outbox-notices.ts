import type { StoredComment } from '../../domain/comment';
import type { OutboxNotices } from '../posting/posting-seams';
import type { TeamsChannelRoute } from '../../ports/index';
import type { DeadLetterNotice } from './dead-letter-notice';
import type { RouteRefusals } from './route-refusals';
import type { UnroutedNotifier } from './unrouted-notifier';

/** What the outbox cannot fix itself, each told to the admins by the notice that says it. */
export class OutboxNoticeBoard implements OutboxNotices {
  constructor(
    private readonly notices: {
      readonly unrouted: UnroutedNotifier;
      readonly refusals: RouteRefusals;
      readonly deadLetters: DeadLetterNotice;
    },
  ) {}

  unrouted(comment: StoredComment): Promise<void> {
    return this.notices.unrouted.notify(comment);
  }

  routeRefused(route: TeamsChannelRoute): Promise<void> {
    return this.notices.refusals.refused(route);
  }

  deadLetters(count: number): Promise<void> {
    return this.notices.deadLetters.tell(count);
  }
}
