import type { ConnectorClient } from 'botframework-connector';
import {
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import { AppError } from '../../services/domain/app-error';
import type { PostedCard } from '../../services/domain/comment';
import type { TeamsChannelRoute, TeamsPoster } from '../../services/ports';

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
      throw new AppError('teams_send_failed', 'Teams refused the message', {
        status: statusOf(outcome.error) ?? 0,
      });
    }
    return outcome.value;
  }

  /**
   * Sending into the channel's own conversation (POST /v3/conversations/{channel-id}/activities, no reply-to id)
   * starts a new thread there.
   */
  async postNewThread(route: TeamsChannelRoute, card: object): Promise<PostedCard> {
    const reference = channelReference(route, route.channelId);
    const activityId = await this.run(reference, async (context) => {
      const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      Object.assign(activity, {
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        from: reference.bot,
        conversation: reference.conversation,
      });
      const response = await client.conversations.sendToConversation(route.channelId, activity);
      if (!response?.id) throw new Error('Teams returned no activity id');
      return response.id;
    });
    return { ...route, activityId };
  }

  async updateCard(posted: PostedCard, card: object): Promise<void> {
    const conversationId = `${posted.channelId};messageid=${posted.activityId}`;
    await this.run(channelReference(posted, conversationId), async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      activity.id = posted.activityId;
      await context.updateActivity(activity);
    });
  }
}
