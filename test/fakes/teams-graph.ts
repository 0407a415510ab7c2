import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEAM_GROUP_ID } from '../support/teams-activities';
import type { FakeBotConnector } from './bot-connector';

/** A mail Graph took (POST /v1.0/users/{from}/sendMail). */
export interface SentMail {
  readonly from: string;
  readonly message: {
    readonly subject: string;
    readonly body: { readonly contentType: string; readonly content: string };
    readonly toRecipients: readonly { readonly emailAddress: { readonly address: string } }[];
    readonly attachments: readonly {
      readonly '@odata.type': string;
      readonly name: string;
      readonly contentType: string;
      readonly contentBytes: string;
    }[];
  };
  readonly saveToSentItems: boolean;
}

export interface TeamsGraphStandIn {
  readonly url: string;
  readonly appId: string;
  readonly appSecret: string;
  /** The team's Microsoft 365 group, as Teams names it at installation. */
  readonly groupId: string;
  /** The mailbox the application access policy lets the app send as. */
  readonly mailbox: string;
  readonly mails: SentMail[];
  /** Requests Graph answered, with the status. */
  readonly requests: { method: string; path: string; status: number }[];
  /** Token requests, with the grant's client authentication. */
  readonly tokenRequests: { tenant: string; clientId: string; secret?: string; assertion?: string }[];
  /** While set, Graph answers every API call with this status (503: unavailable). */
  failWith: number | undefined;
  close(): Promise<void>;
}

const APP_ID = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';

/**
 * Microsoft Entra ID's token endpoint and the parts of Microsoft Graph Svarsvakten uses, answering as they do:
 * client-credentials tokens for the tab's app (secret or federated assertion), the channel's messages as Graph
 * lists them (the bot's cards the connector took, newest first, pages of `$top`), and sendMail (202) as the one
 * mailbox the app may send as.
 */
export async function startTeamsGraph(
  connector: FakeBotConnector,
  options: { readonly assertion?: string } = {},
): Promise<TeamsGraphStandIn> {
  const appSecret = `secret-${randomBytes(6).toString('hex')}`;
  const groupId = TEAM_GROUP_ID;
  const mailbox = 'svarsvakten@malmo.se';
  const tokens = new Set<string>();
  const stand: Omit<TeamsGraphStandIn, 'url' | 'close'> = {
    appId: APP_ID,
    appSecret,
    groupId,
    mailbox,
    mails: [],
    requests: [],
    tokenRequests: [],
    failWith: undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://graph.local');
      const text = Buffer.concat(chunks).toString('utf8');
      const answer = (status: number, body?: unknown) => {
        stand.requests.push({ method: req.method ?? '', path: url.pathname, status });
        res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (req.method === 'POST' && token) {
        const form = new URLSearchParams(text);
        const assertion = form.get('client_assertion') ?? undefined;
        const secret = form.get('client_secret') ?? undefined;
        stand.tokenRequests.push({
          tenant: token[1] ?? '',
          clientId: form.get('client_id') ?? '',
          ...(secret ? { secret } : {}),
          ...(assertion ? { assertion } : {}),
        });
        const federated =
          form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
          assertion !== undefined &&
          assertion === options.assertion;
        if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== APP_ID)
          return answer(400, { error: 'unauthorized_client', error_description: 'AADSTS700016' });
        if (form.get('scope') !== 'https://graph.microsoft.com/.default')
          return answer(400, { error: 'invalid_scope', error_description: 'AADSTS1002012' });
        if (secret !== appSecret && !federated)
          return answer(401, {
            error: 'invalid_client',
            error_description: 'AADSTS7000215: Invalid client secret provided.',
          });
        const access = `graph-${randomBytes(12).toString('base64url')}`;
        tokens.add(access);
        return answer(200, {
          token_type: 'Bearer',
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: access,
        });
      }
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !tokens.has(bearer))
        return answer(401, {
          error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
        });
      if (stand.failWith)
        return answer(stand.failWith, { error: { code: 'ServiceUnavailable', message: '' } });
      const list = /^\/v1\.0\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(url.pathname);
      if (req.method === 'GET' && list) {
        if (list[1] !== groupId)
          return answer(404, { error: { code: 'NotFound', message: 'No team found' } });
        const channel = decodeURIComponent(list[2] ?? '');
        const top = Math.min(50, Number(url.searchParams.get('$top') ?? 20));
        const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
        const cards = connector
          .newThreads()
          .filter((c) => c.conversationId === channel)
          .map((c) => {
            const at = new Date(c.at).toISOString();
            // An updated card is listed by its last change, as Graph orders the list.
            const changed = connector.updatesOf(c.postedId ?? '').at(-1)?.at ?? c.at;
            const attachments =
              (c.body.attachments as { contentType: string; content: unknown }[] | undefined) ?? [];
            return {
              id: c.postedId,
              replyToId: null,
              messageType: 'message',
              createdDateTime: at,
              lastModifiedDateTime: new Date(changed).toISOString(),
              from: {
                application: {
                  '@odata.type': '#microsoft.graph.teamworkApplicationIdentity',
                  id: String((c.body.from as { id?: string } | undefined)?.id ?? '').replace(/^28:/, ''),
                  displayName: 'Svarsvakten',
                  applicationIdentityType: 'bot',
                },
                device: null,
                user: null,
              },
              body: { contentType: 'html', content: '<attachment id="1"></attachment>' },
              attachments: attachments.map((a, i) => ({
                id: String(i + 1),
                contentType: a.contentType,
                contentUrl: null,
                content: JSON.stringify(a.content),
                name: null,
                thumbnailUrl: null,
              })),
            };
          });
        // Colleagues write in the channel too, and Teams posts its own system messages there.
        const now = new Date().toISOString();
        const messages = [
          ...cards,
          {
            id: 'colleague-1',
            replyToId: null,
            messageType: 'message',
            createdDateTime: now,
            lastModifiedDateTime: now,
            from: { application: null, device: null, user: { id: 'aad-megan', displayName: 'Megan Bowen' } },
            body: { contentType: 'html', content: '<p>Jag tar kommentaren om soptunnorna.</p>' },
            attachments: [],
          },
          {
            id: 'system-1',
            replyToId: null,
            messageType: 'systemEventMessage',
            createdDateTime: now,
            lastModifiedDateTime: now,
            from: null,
            body: { contentType: 'html', content: '<systemEventMessage/>' },
            attachments: [],
          },
        ].sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime));
        const page = messages.slice(skip, skip + top);
        const more = skip + top < messages.length;
        return answer(200, {
          '@odata.context': `${base}/v1.0/$metadata#teams('${groupId}')/channels('${channel}')/messages`,
          ...(more
            ? { '@odata.nextLink': `${base}${url.pathname}?$top=${top}&$skiptoken=${skip + top}` }
            : {}),
          value: page,
        });
      }
      const send = /^\/v1\.0\/users\/([^/]+)\/sendMail$/.exec(url.pathname);
      if (req.method === 'POST' && send) {
        const from = decodeURIComponent(send[1] ?? '');
        if (from !== mailbox)
          return answer(403, {
            error: {
              code: 'ErrorAccessDenied',
              message: 'Access is denied. Check credentials and try again.',
            },
          });
        const body = JSON.parse(text) as Omit<SentMail, 'from'>;
        stand.mails.push({ from, ...body });
        return answer(202);
      }
      answer(404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(stand, {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
