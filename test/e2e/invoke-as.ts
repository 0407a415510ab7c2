import { randomUUID } from 'node:crypto';
import type { E2EStack } from './e2e-stack';

/** A person the Playground does not sign in as: its second user, Megan Bowen. */
export const MEGAN = {
  id: 'user-id-1',
  name: 'Megan Bowen',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
};

/** The bot's installation in the Playground's team, and an activity from `person` in one of its conversations. */
async function fromPlayground(
  stack: E2EStack,
  person: typeof MEGAN,
  conversationId: string,
  channelId?: string,
) {
  const installation = (await stack.installations.listActive())[0];
  if (!installation) throw new Error('the app is not installed yet');
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: installation.serviceUrl,
    from: person,
    recipient: { id: installation.botId, name: 'Svarsvakten' },
    conversation: {
      id: conversationId,
      conversationType: 'channel',
      isGroup: true,
      tenantId: installation.tenantId,
    },
    channelData: {
      team: { id: installation.teamId },
      channel: { id: channelId ?? installation.generalChannelId },
      tenant: { id: installation.tenantId },
    },
  };
}

async function send(stack: E2EStack, activity: object): Promise<Response> {
  const response = await fetch(`${stack.app.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (response.status >= 300) throw new Error(`the bot answered ${response.status}`);
  return response;
}

/**
 * The Playground has one signed-in user and no way to switch, so another person's click is the invoke Teams would
 * send for them, sent to the bot with the Playground as its connector; the card it changes is seen on screen.
 */
export async function clickAs(
  stack: E2EStack,
  person: typeof MEGAN,
  commentId: string,
  verb: string,
  data: Record<string, unknown> = {},
): Promise<unknown> {
  const posted = (await stack.comments.get({ platform: 'facebook', commentId }))?.value.card;
  if (!posted) throw new Error('the card is not posted yet');
  const base = await fromPlayground(
    stack,
    person,
    `${posted.channelId};messageid=${posted.activityId}`,
    posted.channelId,
  );
  const response = await send(stack, {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: posted.activityId,
    value: {
      action: { type: 'Action.Execute', verb, data: { commentKey: `facebook:${commentId}`, ...data } },
      trigger: 'manual',
    },
  });
  return ((await response.json()) as { value: unknown }).value;
}

/** A message to the bot in the General channel, as Teams sends it when someone @mentions Svarsvakten there. */
export async function sayAs(stack: E2EStack, person: typeof MEGAN, text: string): Promise<void> {
  const installation = (await stack.installations.listActive())[0];
  if (!installation) throw new Error('the app is not installed yet');
  const base = await fromPlayground(stack, person, installation.teamId);
  await send(stack, {
    ...base,
    type: 'message',
    text: `<at>Svarsvakten</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Svarsvakten</at>', mentioned: base.recipient }],
  });
}
