import { randomInt } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received, as the Graph API would have seen it. */
export interface GraphRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

export interface GraphAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Do what the call asks (publish the reply) and still answer with this: a failure after the fact. */
  readonly applies?: boolean;
  /** Answer only after this long (to outlast the caller's timeout). */
  readonly delayMs?: number;
}

/** A reply the stand-in holds, as `GET /{id}/comments` (Facebook) or `/{id}/replies` (Instagram) lists it. */
export interface HeldReply {
  readonly id: string;
  readonly message: string;
}

export interface GraphStandIn {
  readonly url: string;
  readonly requests: GraphRequest[];
  /** The next answers to give, in order; when empty, a successful reply. */
  readonly script: GraphAnswer[];
  /** The replies published, by the id of the comment they answer. */
  readonly replies: Map<string, HeldReply[]>;
  /** Instagram comments that @mention the account, by comment id, as `mentioned_comment` gives them. */
  readonly mentions: Map<string, Record<string, unknown>>;
  /**
   * What the read-back lists, by edge (`{page-id}/published_posts`, `{post-id}/comments`, `{ig-user-id}/media`,
   * `{media-id}/comments`, `{page-id}/conversations?platform=messenger`, `{conversation-id}/messages`), in the
   * order Graph lists them; answered in pages (`limit`, `after`). An edge not listed answers an empty list.
   */
  readonly lists: Map<string, Record<string, unknown>[]>;
  /** Headers every read answers with (`X-Business-Use-Case-Usage`). */
  readonly readHeaders: Record<string, string>;
  /** Tokens Meta no longer takes (expired, or the password changed): calls with them get error 190. */
  readonly invalidTokens: Set<string>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const UNSUPPORTED: GraphAnswer = {
  status: 400,
  body: {
    error: { message: 'Unsupported request', type: 'GraphMethodException', code: 100, error_subcode: 33 },
  },
};

const LIST_EDGES =
  /^\/v[\d.]+\/([\w.]+)\/(published_posts|comments|replies|media|conversations|messages|subscribed_apps)$/;

/** Unless a test says otherwise, the app is subscribed to every field Svarsvakten needs. */
const SUBSCRIBED: Record<string, unknown>[] = [
  {
    category: 'Business',
    name: 'Svarsvakten',
    id: '1234567890123456',
    subscribed_fields: ['feed', 'messages', 'comments'],
  },
];

/** A page of a listed edge, with Graph's cursors; undefined when the call is not a read of a listed edge. */
function listedPage(url: URL, lists: Map<string, Record<string, unknown>[]>): GraphAnswer | undefined {
  const edge = LIST_EDGES.exec(url.pathname);
  if (!edge) return undefined;
  const platform = url.searchParams.get('platform');
  const key = `${edge[1]}/${edge[2]}${platform ? `?platform=${platform}` : ''}`;
  const all = lists.get(key) ?? (edge[2] === 'subscribed_apps' ? SUBSCRIBED : undefined);
  if (!all)
    return edge[2] === 'comments' || edge[2] === 'replies' ? undefined : { status: 200, body: { data: [] } };
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 25)));
  const offset = Number(Buffer.from(url.searchParams.get('after') ?? '', 'base64').toString() || 0);
  const data = all.slice(offset, offset + limit);
  const cursor = (at: number) => Buffer.from(String(at)).toString('base64');
  const more = offset + limit < all.length;
  const next = new URL(url);
  next.searchParams.set('after', cursor(offset + limit));
  return {
    status: 200,
    body: {
      data,
      paging: {
        cursors: { before: cursor(offset), after: cursor(offset + data.length) },
        ...(more ? { next: next.toString() } : {}),
      },
    },
  };
}

/** Meta's answer to a call with a token that has expired or was invalidated (OAuthException 190). */
const EXPIRED = {
  error: {
    message:
      'Error validating access token: The session has been invalidated because the user changed their password.',
    type: 'OAuthException',
    code: 190,
    error_subcode: 460,
  },
};

/** `debug_token` for a Page token: valid, never ending, with the permissions Svarsvakten asks for; or not valid. */
function debugToken(token: string, invalid: boolean): Record<string, unknown> {
  const scopes = [
    'pages_show_list',
    'pages_read_engagement',
    'pages_read_user_content',
    'pages_manage_engagement',
    'pages_manage_metadata',
    'pages_messaging',
    'instagram_basic',
    'instagram_manage_comments',
    'instagram_manage_messages',
  ];
  return invalid
    ? {
        data: { app_id: '1234567890123456', type: 'PAGE', is_valid: false, error: EXPIRED.error, scopes: [] },
      }
    : {
        data: {
          app_id: '1234567890123456',
          type: 'PAGE',
          application: 'Svarsvakten',
          expires_at: 0,
          data_access_expires_at: 0,
          is_valid: true,
          scopes,
          ...(token ? {} : { is_valid: false }),
        },
      };
}

/** What the Graph API answers to each call Svarsvakten makes, when it succeeds; replies are kept to be listed. */
function standardAnswer(
  method: string,
  url: URL,
  body: Record<string, unknown>,
  replies: Map<string, HeldReply[]>,
  mentions: Map<string, Record<string, unknown>>,
): GraphAnswer {
  const path = url.pathname;
  const hold = (parent: string, id: string) => {
    replies.set(parent, [...(replies.get(parent) ?? []), { id, message: String(body.message ?? '') }]);
    return { status: 200, body: { id } };
  };
  const reply = /^\/v[\d.]+\/((\w+)_\d+)\/comments$/.exec(path);
  if (method === 'POST' && reply) return hold(reply[1] ?? '', `${reply[2]}_${randomInt(1e12, 9e12)}`);
  if (method === 'GET' && reply) {
    const data = (replies.get(reply[1] ?? '') ?? []).map((r) => ({ id: r.id, message: r.message }));
    return { status: 200, body: { data } };
  }
  const igReply = /^\/v[\d.]+\/(\d+)\/replies$/.exec(path);
  if (method === 'POST' && igReply) return hold(igReply[1] ?? '', String(randomInt(1e12, 9e12)));
  if (method === 'GET' && igReply) {
    const data = (replies.get(igReply[1] ?? '') ?? []).map((r) => ({ id: r.id, text: r.message }));
    return { status: 200, body: { data } };
  }
  const mentionReply = /^\/v[\d.]+\/(\d+)\/mentions$/.exec(path);
  if (method === 'POST' && mentionReply)
    return hold(String(body.comment_id ?? ''), String(randomInt(1e12, 9e12)));
  const mentioned = /mentioned_comment\.comment_id\((\d+)\)/.exec(url.searchParams.get('fields') ?? '');
  if (method === 'GET' && mentioned) {
    const found = mentions.get(mentioned[1] ?? '');
    return found
      ? { status: 200, body: { mentioned_comment: found, id: path.split('/').at(-1) } }
      : UNSUPPORTED;
  }
  const messages = /^\/v[\d.]+\/(\d+|me)\/messages$/.exec(path);
  if (method === 'POST' && messages) {
    return { status: 200, body: { recipient_id: 'recipient', message_id: `m_${randomInt(1e12, 9e12)}` } };
  }
  const comment = /^\/v[\d.]+\/(\w+_\d+|\d+)$/.exec(path);
  if ((method === 'POST' || method === 'DELETE') && comment) return { status: 200, body: { success: true } };
  return UNSUPPORTED;
}

/**
 * A local server that answers as the Graph API does: replies (`POST /{version}/{comment-id}/comments` → the new
 * comment's id), Instagram @mentions (`GET /{ig-user-id}?fields=mentioned_comment…`, answers on `/mentions`), Messenger answers (`POST /{page-id}/messages`), hiding (`POST /{comment-id}`) and deleting
 * (`DELETE /{comment-id}`) — or with the scripted error. Used by `npm run demo` and by the tests.
 */
export async function startGraphStandIn(
  port = 0,
  onReply?: (request: GraphRequest) => void,
): Promise<GraphStandIn> {
  const requests: GraphRequest[] = [];
  const script: GraphAnswer[] = [];
  const replies = new Map<string, HeldReply[]>();
  const mentions = new Map<string, Record<string, unknown>>();
  const lists = new Map<string, Record<string, unknown>[]>();
  const invalidTokens = new Set<string>();
  const readHeaders: Record<string, string> = {};
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      const url = new URL(req.url ?? '/', 'http://graph.local');
      const path = url.pathname;
      const request = { method: req.method ?? '', path, authorization: req.headers.authorization, body };
      requests.push(request);
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (invalidTokens.has(bearer)) {
        res.writeHead(400, { 'Content-Type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(EXPIRED));
        return;
      }
      if (req.method === 'GET' && path.endsWith('/debug_token')) {
        const input = url.searchParams.get('input_token') ?? '';
        res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(debugToken(input, invalidTokens.has(input))));
        return;
      }
      const scripted = script.shift();
      const listed = req.method === 'GET' ? listedPage(url, lists) : undefined;
      const standard = () =>
        listed
          ? { ...listed, headers: readHeaders }
          : standardAnswer(req.method ?? '', url, body, replies, mentions);
      if (scripted?.applies) standard();
      const answer = scripted ?? standard();
      const publishes = req.method === 'POST' && /\/(comments|messages|replies|mentions)$/.test(path);
      if ((answer.status === 200 || scripted?.applies) && publishes) onReply?.(request);
      if (scripted?.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=UTF-8', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    script,
    replies,
    mentions,
    lists,
    readHeaders,
    invalidTokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
