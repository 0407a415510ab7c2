import type { StoredComment } from '../../services/domain/comment';
import type { CardDrawing } from '../../services/app/posting/posting-seams';
import type { Log, TeamsChannelRoute } from '../../services/ports/index';
import { InMemoryCommentStore } from '../fakes/memory/in-memory-comment-store';
import { RecordingTeamsPoster } from '../fakes/memory/recording-teams-poster';
import { TestClock } from '../support/test-clock';

/** A log that keeps its event names, to assert on what was logged (never text). */
export class RecordingLog implements Log {
  readonly events: string[] = [];
  info(fields: { event?: string }): void {
    this.events.push(fields.event ?? '');
  }
  warn(fields: { event?: string }): void {
    this.events.push(fields.event ?? '');
  }
  error(fields: { event?: string }): void {
    this.events.push(fields.event ?? '');
  }
  child(): Log {
    return this;
  }
}

export const CHANNEL: TeamsChannelRoute = {
  teamId: '19:team',
  channelId: '19:kommunikation@thread.tacv2',
  tenantId: 'tenant',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  botId: '28:svarsvakten',
};

/** Cards as plain data naming what they show, so a test can tell which card went where. */
export const drawing: CardDrawing = {
  render: (comment: StoredComment) => ({
    card: 'comment',
    commentId: comment.commentId,
    state: comment.state,
  }),
  renderSmallest: (comment: StoredComment) => ({ card: 'smallest', commentId: comment.commentId }),
  renderStorm: (_comment: StoredComment, _since: string, count: number) => ({ card: 'storm', count }),
};

/** The ports a use case meets, on fakes: the store in memory, Teams recorded, a clock the test moves. */
export function useCaseWorld(localTime = '2026-12-02T09:00') {
  return {
    store: new InMemoryCommentStore(),
    poster: new RecordingTeamsPoster(),
    clock: new TestClock(localTime),
    logger: new RecordingLog(),
  };
}
