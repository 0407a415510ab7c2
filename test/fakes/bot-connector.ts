import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent, as the Bot Connector received it. */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly activityId?: string;
  readonly body: Record<string, unknown>;
  /** The status the fake answered with. */
  status: number;
  /** Posted in Teams (answered 2xx, or carried out before a failure was answered), with the id it got. */
  posted?: boolean;
  postedId?: string;
  /** When the call arrived (epoch ms). */
  readonly at: number;
}

export interface ConnectorAnswer {
  readonly status: number;
  /** The activity was posted all the same (a gateway's 502 or 504 after Teams took it). */
  readonly carriedOut?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface TeamsMember {
  readonly id: string;
  readonly name: string;
  readonly givenName: string;
  readonly surname: string;
  readonly aadObjectId: string;
}

/** A 1:1 conversation the bot opened (POST /v3/conversations). */
export interface CreatedConversation {
  readonly conversationId: string;
  readonly memberId: string;
  readonly body: Record<string, unknown>;
}

export interface FakeBotConnector {
  readonly conversations: CreatedConversation[];
  /** Messages posted into 1:1 conversations, with the member they went to. */
  personalMessages(): { memberId: string; text: string; alert: boolean; activity: Record<string, unknown> }[];
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Answers for the next POST/PUT of activities, in order; when empty, success. */
  readonly script: ConnectorAnswer[];
  /** Answers for the next POST /v3/conversations (opening a 1:1 chat), in order; when empty, success. */
  readonly createScript: ConnectorAnswer[];
  /** Replies posted in a card's thread, with the text and the ids of the people mentioned. */
  threadReplies(
    activityId: string,
  ): { text: string; mentioned: string[]; activity: Record<string, unknown> }[];
  readonly members: Map<string, TeamsMember>;
  /** New threads posted (POST into a channel's own conversation) and in Teams, in order. */
  newThreads(): ConnectorCall[];
  /** Updates (PUT) of one activity, in order. */
  updatesOf(activityId: string): ConnectorCall[];
  close(): Promise<void>;
}

/**
 * A local server answering as the Bot Connector service does (/v3/conversations/...): posts get 201 with a new
 * activity id, updates 200, a message over about 100 KB (UTF-16) 413 MessageSizeTooBig, member and channel look-ups
 * answer from the members given.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const script: ConnectorAnswer[] = [];
  const members = new Map<string, TeamsMember>();
  const conversations: CreatedConversation[] = [];
  const createScript: ConnectorAnswer[] = [];
  let nextId = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://connector.local').pathname);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && member) {
        const found = members.get(member[2] ?? '');
        return found
          ? send(200, { ...found, userPrincipalName: `${found.givenName.toLowerCase()}@example.com` })
          : send(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      const channels = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(path);
      if (req.method === 'GET' && channels) {
        return send(200, { conversations: [{ id: channels[1], name: null }] });
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        const refusal = createScript.shift();
        if (refusal && refusal.status >= 300)
          return send(refusal.status, refusal.body ?? {}, refusal.headers);
        const members = (body.members as { id: string }[] | undefined) ?? [];
        const conversationId = `a:personal-${members[0]?.id ?? 'unknown'}`;
        conversations.push({ conversationId, memberId: members[0]?.id ?? '', body });
        return send(201, { id: conversationId });
      }
      const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (activity && (req.method === 'POST' || req.method === 'PUT')) {
        const call: ConnectorCall = {
          method: req.method,
          path,
          conversationId: activity[1] ?? '',
          ...(activity[2] ? { activityId: activity[2] } : {}),
          body,
          status: req.method === 'PUT' ? 200 : 201,
          at: Date.now(),
        };
        calls.push(call);
        // Teams refuses a message over about 100 KB, counted as UTF-16.
        if (text.length * 2 > 100_000) {
          call.status = 413;
          return send(413, {
            error: { code: 'MessageSizeTooBig', message: 'Activity body too large for Teams to deliver' },
          });
        }
        const scripted = script.shift();
        if (scripted && scripted.status >= 300) {
          call.status = scripted.status;
          if (scripted.carriedOut) Object.assign(call, { posted: true, postedId: `activity-${nextId++}` });
          return send(scripted.status, scripted.body ?? { error: { code: 'Fault' } }, scripted.headers);
        }
        call.posted = true;
        if (req.method === 'PUT') return send(200, { id: activity[2] });
        const id = `activity-${nextId++}`;
        Object.assign(call, { postedId: id });
        return send(201, { id });
      }
      send(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    script,
    members,
    conversations,
    createScript,
    threadReplies: (activityId) =>
      calls
        .filter(
          (c) =>
            c.method === 'POST' && c.conversationId.endsWith(`;messageid=${activityId}`) && c.status < 300,
        )
        .map((c) => ({
          activity: c.body,
          text: String(c.body.text ?? ''),
          mentioned: ((c.body.entities as { mentioned?: { id: string } }[] | undefined) ?? [])
            .map((e) => e.mentioned?.id ?? '')
            .filter(Boolean),
        })),
    personalMessages: () =>
      calls
        .filter((c) => c.method === 'POST' && c.conversationId.startsWith('a:personal-') && c.status < 300)
        .map((c) => ({
          activity: c.body,
          memberId: c.conversationId.slice('a:personal-'.length),
          text: String(c.body.text ?? ''),
          alert:
            (c.body.channelData as { notification?: { alert?: boolean } } | undefined)?.notification
              ?.alert === true,
        })),
    newThreads: () =>
      calls.filter(
        (c) =>
          c.method === 'POST' &&
          !c.conversationId.includes(';messageid=') &&
          !c.activityId &&
          (c.status < 300 || c.posted === true),
      ),
    updatesOf: (activityId) =>
      calls.filter((c) => c.method === 'PUT' && c.activityId === activityId && c.status < 300),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
