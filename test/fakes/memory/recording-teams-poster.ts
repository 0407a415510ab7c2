import { AppError } from '../../../services/domain/app-error';
import type { PostedCard } from '../../../services/domain/comment';
import type { TeamsChannelRoute, TeamsMessage, TeamsPoster } from '../../../services/ports/index';

/** What the recording poster was asked to send, in order. */
export type SentToTeams =
  | { readonly kind: 'thread'; readonly card: object; readonly channelId: string }
  | { readonly kind: 'in_thread'; readonly card: object; readonly rootId: string }
  | { readonly kind: 'update'; readonly card: object; readonly activityId: string }
  | { readonly kind: 'user'; readonly userId: string; readonly message: TeamsMessage }
  | { readonly kind: 'reply'; readonly activityId: string; readonly message: TeamsMessage };

/**
 * Teams for use-case tests: records every send and answers as the Bot Connector would, or with the status a test
 * queued in `refusals` (each refusal is used once, like a failing request).
 */
export class RecordingTeamsPoster implements TeamsPoster {
  readonly sent: SentToTeams[] = [];
  readonly refusals: number[] = [];
  private activities = 0;

  private answer(): void {
    const status = this.refusals.shift();
    if (status !== undefined) {
      throw new AppError('teams_send_failed', 'Teams refused the message', { status });
    }
  }

  private posted(route: TeamsChannelRoute, threadId?: string): PostedCard {
    this.activities += 1;
    return { ...route, activityId: `activity-${this.activities}`, ...(threadId ? { threadId } : {}) };
  }

  async postNewThread(route: TeamsChannelRoute, card: object): Promise<PostedCard> {
    this.answer();
    this.sent.push({ kind: 'thread', card, channelId: route.channelId });
    return this.posted(route);
  }

  async postCardInThread(root: PostedCard, card: object): Promise<PostedCard> {
    this.answer();
    this.sent.push({ kind: 'in_thread', card, rootId: root.activityId });
    return this.posted(root, root.threadId ?? root.activityId);
  }

  async updateCard(posted: PostedCard, card: object): Promise<void> {
    this.answer();
    this.sent.push({ kind: 'update', card, activityId: posted.activityId });
  }

  async sendToUser(_route: TeamsChannelRoute, userId: string, message: TeamsMessage): Promise<string> {
    this.answer();
    this.sent.push({ kind: 'user', userId, message });
    return `a:personal-${userId}`;
  }

  async replyInThread(posted: PostedCard, message: TeamsMessage): Promise<void> {
    this.answer();
    this.sent.push({ kind: 'reply', activityId: posted.activityId, message });
  }
}
