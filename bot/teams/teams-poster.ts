import type { ConnectorClient } from 'botframework-connector';
import {
  type Activity,
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import { AppError } from '../../services/domain/app-error';
import { threadRootId, type PostedCard } from '../../services/domain/comment';
import type { TeamsChannelRoute, TeamsMessage, TeamsPoster } from '../../services/ports/index';

/** The token audience for the Bot Connector in the public cloud. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

function channelReference(route: TeamsChannelRoute, conversationId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: route.serviceUrl,
    bot: { id: route.botId, name: 'Svarsvakten' },
    conversation: {
      id: conversationId,
      isGroup: true,
      conversationType: 'channel',
      tenantId: route.tenantId,
      name: '',
    },
  };
}

/** The conversation of a card's thread; a card posted in a thread lives in that thread's conversation. */
function threadConversation(posted: PostedCard): string {
  return `${posted.channelId};messageid=${threadRootId(posted)}`;
}

/** A message with its mentions as Teams wants them: `<at>name</at>` in the text and a mention entity each. */
function toActivity(message: TeamsMessage): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    text: message.text,
    textFormat: 'markdown',
    entities: (message.mentions ?? []).map((m) => ({
      type: 'mention',
      text: `<at>${m.name}</at>`,
      mentioned: { id: m.id, name: m.name },
    })),
  };
  if (message.alert) activity.channelData = { notification: { alert: true } };
  if (message.card) activity.attachments = [CardFactory.adaptiveCard(message.card)];
  return activity;
}

function failureDetails(error: unknown): Record<string, string | number> {
  const status = statusOf(error) ?? 0;
  const retryAfter = retryAfterOf(error);
  const body = JSON.stringify(
    (error as { body?: unknown; response?: { bodyAsText?: string } })?.body ??
      (error as { response?: { bodyAsText?: string } })?.response?.bodyAsText ??
      '',
  );
  const code = /BotNotInConversationRoster/i.test(body + String((error as Error)?.message ?? ''))
    ? 'BotNotInConversationRoster'
    : '';
  return { status, code, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}) };
}

/** Teams' Retry-After on a 429, in seconds, wherever the connector client put the response headers. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } })?.response?.headers as
    { get?: (name: string) => string | undefined; [name: string]: unknown } | undefined;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : headers?.['retry-after'];
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** The connector client's HTTP pipeline (core-rest-pipeline), where its own retries sit. */
type PipelineHolder = { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } };

/**
 * The connector client tries a request again by itself after a 5xx (core-rest-pipeline's default retry policy). For
 * a new thread that is a second card when Teams had posted the first before its gateway answered 502 or 504. Such a
 * post is tried once here: the paced poster tries again, and looks for the card first where it can (Graph).
 */
function withoutSilentRetries(client: ConnectorClient | undefined): void {
  (client as unknown as PipelineHolder | undefined)?.client?.pipeline?.removePolicy({
    name: 'defaultRetryPolicy',
  });
}

function statusOf(error: unknown): number | undefined {
  const status =
    (error as { statusCode?: unknown; status?: unknown })?.statusCode ??
    (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Posts and updates cards proactively. CloudAdapter hands an error thrown inside continueConversationAsync to
 * onTurnError and does not rethrow it, so each send captures its own outcome and rethrows it here.
 */
export class BotFrameworkTeamsPoster implements TeamsPoster {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  private async run<T>(
    reference: Partial<ConversationReference>,
    work: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new AppError('teams_send_failed', 'Teams turn did not run');
    if (!outcome.ok) {
      const retryAfter = retryAfterOf(outcome.error);
      throw new AppError('teams_send_failed', 'Teams refused the message', {
        status: statusOf(outcome.error) ?? 0,
        ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
      });
    }
    return outcome.value;
  }

  /**
   * POST /v3/conversations/{conversation}/activities: into a channel's own conversation it starts a new thread,
   * into `<channel>;messageid=<id>` it replies in that thread. Returns the new activity's id (empty if none).
   */
  private async sendInto(
    route: TeamsChannelRoute,
    conversationId: string,
    activity: Partial<Activity>,
  ): Promise<string> {
    const reference = channelReference(route, conversationId);
    return this.run(reference, async (context) => {
      const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      if (!conversationId.includes(';messageid=')) withoutSilentRetries(client);
      Object.assign(activity, {
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        from: reference.bot,
        conversation: reference.conversation,
      });
      const response = await client.conversations.sendToConversation(conversationId, activity as Activity);
      return response?.id ?? '';
    });
  }

  /** A card's activity id: without one the card could never be updated, so that is a failure. */
  private async sendCard(route: TeamsChannelRoute, conversationId: string, card: object): Promise<string> {
    const id = await this.sendInto(
      route,
      conversationId,
      MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    );
    if (!id) throw new AppError('teams_send_failed', 'Teams returned no activity id', { status: 0 });
    return id;
  }

  /** A card that starts a new thread in the channel. */
  async postNewThread(route: TeamsChannelRoute, card: object): Promise<PostedCard> {
    return { ...route, activityId: await this.sendCard(route, route.channelId, card) };
  }

  /** Opens the bot's 1:1 chat with the user (or reuses the one given) and posts the message there. */
  async sendToUser(
    route: TeamsChannelRoute,
    userId: string,
    message: TeamsMessage,
    conversationId?: string,
  ): Promise<string> {
    if (conversationId) {
      const reference = {
        ...channelReference(route, conversationId),
        conversation: {
          id: conversationId,
          isGroup: false,
          conversationType: 'personal',
          tenantId: route.tenantId,
          name: '',
        },
      };
      await this.run(reference, async (context) => {
        await context.sendActivity(toActivity(message));
      });
      return conversationId;
    }
    let outcome: { ok: true; id: string } | { ok: false; error: unknown } | undefined;
    const parameters = {
      isGroup: false,
      bot: { id: route.botId, name: 'Svarsvakten' },
      members: [{ id: userId, name: '' }],
      tenantId: route.tenantId,
      channelData: { tenant: { id: route.tenantId } },
    } as unknown as ConversationParameters;
    try {
      await this.adapter.createConversationAsync(
        this.appId,
        'msteams',
        route.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        parameters,
        async (context) => {
          try {
            await context.sendActivity(toActivity(message));
            outcome = { ok: true, id: context.activity.conversation.id };
          } catch (error) {
            outcome = { ok: false, error };
          }
        },
      );
    } catch (error) {
      // Opening the chat itself was refused (403 when the app is not installed for the user).
      throw new AppError('teams_send_failed', 'Teams refused to open the chat', failureDetails(error));
    }
    if (!outcome) throw new AppError('teams_send_failed', 'Teams did not open the chat');
    if (!outcome.ok) {
      throw new AppError(
        'teams_send_failed',
        'Teams refused the chat message',
        failureDetails(outcome.error),
      );
    }
    return outcome.id;
  }

  /** A card as a reply in the thread `root` starts. */
  async postCardInThread(root: PostedCard, card: object): Promise<PostedCard> {
    const activityId = await this.sendCard(root, threadConversation(root), card);
    return { ...root, activityId, threadId: threadRootId(root) };
  }

  /** A message in the card's thread. */
  async replyInThread(posted: PostedCard, message: TeamsMessage): Promise<void> {
    await this.sendInto(posted, threadConversation(posted), toActivity(message));
  }

  async updateCard(posted: PostedCard, card: object): Promise<void> {
    const conversationId = threadConversation(posted);
    await this.run(channelReference(posted, conversationId), async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      activity.id = posted.activityId;
      await context.updateActivity(activity);
    });
  }
}
