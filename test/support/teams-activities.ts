import { randomUUID } from 'node:crypto';
import type { TeamsMember } from '../fakes/bot-connector';

export const TEAM_ID = '19:general-kommunikation@thread.tacv2';
/** The team's Microsoft 365 group, which Teams names in the team's events. */
export const TEAM_GROUP_ID = '02bd9fd6-8f93-4758-87c3-1fb73740a315';
export const TENANT_ID = 'tenant-malmo';
export const BOT_ID = '28:svarsvakten-bot';

export const ALEX: TeamsMember = {
  id: '29:alex',
  name: 'Alex Wilber',
  givenName: 'Alex',
  surname: 'Wilber',
  aadObjectId: 'aad-alex',
};
export const MEGAN: TeamsMember = {
  id: '29:megan',
  name: 'Megan Bowen',
  givenName: 'Megan',
  surname: 'Bowen',
  aadObjectId: 'aad-megan',
};

/** Signed in to Teams but not on the list of trained staff. */
export const ISAIAH: TeamsMember = {
  id: '29:isaiah',
  name: 'Isaiah Langer',
  givenName: 'Isaiah',
  surname: 'Langer',
  aadObjectId: 'aad-isaiah',
};

function base(serviceUrl: string, from: TeamsMember, conversationId: string) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: 'Svarsvakten' },
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: TENANT_ID },
    channelData: {
      team: { id: TEAM_ID, name: 'Kommunikation', aadGroupId: TEAM_GROUP_ID },
      channel: { id: TEAM_ID, name: 'General' },
      tenant: { id: TENANT_ID },
    },
  };
}

/** What Teams sends when the app is added to a team. */
export function installationAdded(serviceUrl: string, by: TeamsMember = ALEX) {
  return { ...base(serviceUrl, by, TEAM_ID), type: 'installationUpdate', action: 'add' };
}

export function installationRemoved(serviceUrl: string, by: TeamsMember = ALEX) {
  return { ...base(serviceUrl, by, TEAM_ID), type: 'installationUpdate', action: 'remove' };
}

/** What Teams sends when someone clicks an Action.Execute button on a card in a channel thread. */
export function cardClick(
  serviceUrl: string,
  by: TeamsMember,
  activityId: string,
  verb: string,
  data: Record<string, unknown>,
  locale = 'sv-SE',
) {
  return {
    ...base(serviceUrl, by, `${TEAM_ID};messageid=${activityId}`),
    locale,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: activityId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** A message to the bot in the channel, @mentioning the bot and the people given. */
export function channelMessage(
  serviceUrl: string,
  by: TeamsMember,
  text: string,
  mentioned: TeamsMember[] = [],
  after = '',
  locale = 'sv-SE',
) {
  const mentionText = mentioned.map((m) => `<at>${m.name}</at>`).join(' ');
  return {
    ...base(serviceUrl, by, TEAM_ID),
    locale,
    type: 'message',
    text: `<at>Svarsvakten</at> ${text} ${mentionText} ${after}`.trim(),
    entities: [
      { type: 'mention', text: '<at>Svarsvakten</at>', mentioned: { id: BOT_ID, name: 'Svarsvakten' } },
      ...mentioned.map((m) => ({
        type: 'mention',
        text: `<at>${m.name}</at>`,
        mentioned: { id: m.id, name: m.name },
      })),
    ],
  };
}

/** A message in the 1:1 chat between a person and the bot. */
export function personalMessage(serviceUrl: string, by: TeamsMember, text: string) {
  const conversationId = `a:personal-${by.id}`;
  return {
    ...base(serviceUrl, by, conversationId),
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    type: 'message',
    text,
  };
}

/** What Teams sends when someone adds the app for themselves (personal scope). */
export function personalInstallation(serviceUrl: string, by: TeamsMember) {
  return {
    ...personalMessage(serviceUrl, by, ''),
    type: 'installationUpdate',
    action: 'add',
    text: undefined,
  };
}
