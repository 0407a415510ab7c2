import { threadRootId, type PostedCard } from '../services/domain/comment';

/** Teams' link to a posted card: opens its thread in the channel (the storm thread for a card posted in one). */
export function cardLink(card: PostedCard): string {
  const thread = threadRootId(card);
  const query = new URLSearchParams({ tenantId: card.tenantId, parentMessageId: thread });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(card.channelId)}/${encodeURIComponent(card.activityId)}?${query}`;
}
