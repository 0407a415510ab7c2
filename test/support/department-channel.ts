import type { TeamsMember } from '../fakes/bot-connector';
import { cardClick, channelMessage } from './teams-activities';
import type { TestApp } from './test-app';

/** The Avfall department's channel, where its questions are put and answered. */
export const AVFALL = '19:avfall@thread.tacv2';

/** The same activity as Teams sends it, but from the department's own channel. */
export function inAvfall<T extends { conversation: { id: string }; channelData: Record<string, unknown> }>(
  activity: T,
): T {
  const [, messageId] = activity.conversation.id.split(';');
  return {
    ...activity,
    conversation: { ...activity.conversation, id: messageId ? `${AVFALL};${messageId}` : AVFALL },
    channelData: { ...activity.channelData, channel: { id: AVFALL, name: 'Avfall' } },
  };
}

/** What someone says in Avfall's channel, and the bot's answer's text. */
export async function sayInAvfall(t: TestApp, by: TeamsMember, text: string): Promise<string> {
  const before = t.connector.calls.length;
  await t.postActivity(inAvfall(channelMessage(t.connector.url, by, text)));
  return String(
    t.connector.calls.slice(before).find((c) => typeof c.body.text === 'string')?.body.text ?? '',
  );
}

/** A click on a card in Avfall's channel: the card the clicker gets back. */
export async function clickInAvfall(
  t: TestApp,
  by: TeamsMember,
  activityId: string,
  verb: string,
  data: object,
): Promise<Record<string, unknown>> {
  const response = await t.postActivity(
    inAvfall(cardClick(t.connector.url, by, activityId, verb, data as Record<string, unknown>)),
  );
  return ((await response.json()) as { value: Record<string, unknown> }).value;
}
