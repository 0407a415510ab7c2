import { randomUUID } from 'node:crypto';
import type { E2EStack } from './e2e-stack';

/** A person the Playground does not sign in as: its second user, Megan Bowen. */
export const MEGAN = {
  id: 'user-id-1',
  name: 'Megan Bowen',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
};

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
  const installation = (await stack.installations.listActive())[0];
  const posted = (await stack.comments.get({ platform: 'facebook', commentId }))?.value.card;
  if (!installation || !posted) throw new Error('the card is not posted yet');
  const invoke = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: installation.serviceUrl,
    from: person,
    recipient: { id: installation.botId, name: 'Svarsvakten' },
    conversation: {
      id: `${posted.channelId};messageid=${posted.activityId}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: installation.tenantId,
    },
    channelData: {
      team: { id: installation.teamId },
      channel: { id: posted.channelId },
      tenant: { id: installation.tenantId },
    },
    replyToId: posted.activityId,
    value: {
      action: { type: 'Action.Execute', verb, data: { commentKey: `facebook:${commentId}`, ...data } },
      trigger: 'manual',
    },
  };
  const response = await fetch(`${stack.app.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(invoke),
  });
  return ((await response.json()) as { value: unknown }).value;
}

/** A message to the bot in the General channel, as Teams sends it when someone @mentions Svarsvakten there. */
export async function sayAs(stack: E2EStack, person: typeof MEGAN, text: string): Promise<void> {
  const installation = (await stack.installations.listActive())[0];
  if (!installation) throw new Error('the app is not installed yet');
  const response = await fetch(`${stack.app.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: installation.serviceUrl,
      from: person,
      recipient: { id: installation.botId, name: 'Svarsvakten' },
      conversation: {
        id: installation.teamId,
        conversationType: 'channel',
        isGroup: true,
        tenantId: installation.tenantId,
      },
      channelData: {
        team: { id: installation.teamId },
        channel: { id: installation.generalChannelId },
        tenant: { id: installation.tenantId },
      },
      text: `<at>Svarsvakten</at> ${text}`,
      entities: [
        {
          type: 'mention',
          text: '<at>Svarsvakten</at>',
          mentioned: { id: installation.botId, name: 'Svarsvakten' },
        },
      ],
    }),
  });
  if (response.status >= 300) throw new Error(`message answered ${response.status}`);
}
