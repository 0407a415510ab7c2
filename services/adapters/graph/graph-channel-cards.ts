import { cardIdentity } from '../../../cards/card-identity';
import { AppError } from '../../domain/app-error';
import type { PostedCard } from '../../domain/comment';
import type { ChannelCardFinder, InstallationStore, TeamsChannelRoute } from '../../ports/index';
import type { GraphCaller } from './graph-call';

/** Pages of 50 messages read at most: a card posted seconds ago is on the first. */
const PAGES = 4;

interface ChatMessage {
  readonly id?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly from?: { readonly application?: { readonly id?: string } | null } | null;
  readonly attachments?: readonly { readonly contentType?: string; readonly content?: string | null }[];
}

interface MessagePage {
  readonly value?: readonly ChatMessage[];
  readonly '@odata.nextLink'?: string;
}

function parsed(content: string | null | undefined): unknown {
  try {
    return content ? (JSON.parse(content) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The channel's messages as Graph lists them (GET /teams/{group}/channels/{channel}/messages, newest change first,
 * `ChannelMessage.Read.Group` by resource-specific consent): the bot's card with the same buttons as the one
 * Teams gave an ambiguous answer for.
 */
export class GraphChannelCards implements ChannelCardFinder {
  constructor(
    private readonly graph: GraphCaller,
    private readonly installations: Pick<InstallationStore, 'get'>,
  ) {}

  async findCard(route: TeamsChannelRoute, identity: string, since: string): Promise<PostedCard | undefined> {
    const group = (await this.installations.get(route.teamId))?.aadGroupId;
    if (!group)
      throw new AppError('graph_failed', 'The team’s group id is not known', {
        status: 0,
        code: 'group_unknown',
      });
    const botAppId = route.botId.replace(/^28:/, '');
    let next: string | undefined =
      `/v1.0/teams/${encodeURIComponent(group)}/channels/${encodeURIComponent(route.channelId)}/messages?$top=50`;
    for (let page = 0; next && page < PAGES; page += 1) {
      const answer = (await this.graph.call(route.tenantId, next)) as MessagePage | undefined;
      const messages = answer?.value ?? [];
      for (const message of messages) {
        if (!message.id || message.from?.application?.id !== botAppId) continue;
        if (!message.createdDateTime || Date.parse(message.createdDateTime) < Date.parse(since)) continue;
        const card = message.attachments?.find(
          (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
        );
        if (card && cardIdentity(parsed(card.content)) === identity)
          return { ...route, activityId: message.id };
      }
      // Newest change first: a page that reaches back before the attempt ends the search.
      const oldest = messages.at(-1)?.lastModifiedDateTime;
      next = oldest && Date.parse(oldest) < Date.parse(since) ? undefined : answer?.['@odata.nextLink'];
    }
    return undefined;
  }
}
