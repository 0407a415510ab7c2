import type { PostedCard } from '../domain/comment';

/** A Teams channel Svarsvakten posts into. */
export type TeamsChannelRoute = Omit<PostedCard, 'activityId' | 'threadId'>;

export interface Installation {
  readonly teamId: string;
  readonly teamName: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly generalChannelId: string;
  readonly channelIds: readonly string[];
  readonly botId: string;
  /** The team's Microsoft 365 group (Graph names a team by it); unknown for an installation Teams did not name it in. */
  readonly aadGroupId?: string;
  readonly active: boolean;
  readonly installedAt: string;
}

export interface InstallationStore {
  save(installation: Installation): Promise<void>;
  markInactive(teamId: string): Promise<void>;
  get(teamId: string): Promise<Installation | undefined>;
  listActive(): Promise<Installation[]>;
}

/** Every method throws AppError 'teams_send_failed' when Teams refuses, with details.status (and
 * details.retryAfterSeconds when Teams said when to come back). */
export interface TeamsPoster {
  /**
   * `dueBy`, where given, is the deadline of the comment the message is about: among sends waiting for their turn
   * the earliest deadline goes first; a send without one is due now.
   */
  postNewThread(route: TeamsChannelRoute, card: object, dueBy?: string): Promise<PostedCard>;
  /** Posts a card as a reply in the thread that `root` starts; the card's own id is returned with the thread's. */
  postCardInThread(root: PostedCard, card: object, dueBy?: string): Promise<PostedCard>;
  updateCard(posted: PostedCard, card: object, dueBy?: string): Promise<void>;
  /**
   * A 1:1 chat message to a user of the tenant. Opens the bot's personal conversation with them unless its id is
   * given; returns that id. Throws AppError 'teams_send_failed' (details.status 403 where the app is not installed
   * for the user).
   */
  sendToUser(
    route: TeamsChannelRoute,
    userId: string,
    message: TeamsMessage,
    conversationId?: string,
  ): Promise<string>;
  /** A reply in the card's thread. */
  replyInThread(posted: PostedCard, message: TeamsMessage, dueBy?: string): Promise<void>;
}

/**
 * The cards Teams shows in a channel, as the tab's app reads them (Microsoft Graph, resource-specific consent): for
 * a card Teams answered 502 or 504 for, which may be there all the same.
 */
export interface ChannelCardFinder {
  /**
   * The bot's card in the route's channel with this identity (cards/card-identity.ts), posted at or after `since`;
   * undefined when there is none. Throws AppError 'graph_failed' when it cannot look.
   */
  findCard(route: TeamsChannelRoute, identity: string, since: string): Promise<PostedCard | undefined>;
}

export interface Mentioned {
  /** Entra object id or Teams user id. */
  readonly id: string;
  readonly name: string;
}

/** A text message (Teams markdown) with the people it @mentions, as `<at>name</at>` in the text. */
export interface TeamsMessage {
  readonly text: string;
  readonly mentions?: readonly Mentioned[];
  /** Show it as a notification toast (1:1 reminders). */
  readonly alert?: boolean;
  readonly card?: object;
}
