import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface XRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

export interface XAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface FakeXApi {
  readonly url: string;
  readonly requests: XRequest[];
  /** Answers for the next POST /2/tweets, in order. */
  readonly postScript: XAnswer[];
  /** Mentions the account has, newest first, as API v2 returns them: tweets and their authors. */
  readonly mentions: {
    id: string;
    text: string;
    author_id: string;
    created_at: string;
    username: string;
    name: string;
  }[];
  close(): Promise<void>;
}

export function xAnswerFromFixture(name: string): XAnswer {
  const exchange = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'platforms', name), 'utf8'),
  ) as XAnswer;
  return { status: exchange.status, headers: exchange.headers ?? {}, body: exchange.body };
}

/**
 * A local server answering as X API v2 does: `POST /2/tweets` (201 with the new post) and
 * `GET /2/users/:id/mentions` (newest first, `since_id` honoured, `meta.newest_id`, rate-limit headers).
 */
export async function startFakeXApi(): Promise<FakeXApi> {
  const requests: XRequest[] = [];
  const postScript: XAnswer[] = [];
  const mentions: FakeXApi['mentions'] = [];
  let next = 2120819620597936588n;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x.local');
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
        : {};
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body,
      });
      const send = (answer: XAnswer) => {
        res.writeHead(answer.status, {
          'Content-Type': 'application/json',
          'x-rate-limit-limit': '180',
          'x-rate-limit-remaining': '179',
          'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
          ...answer.headers,
        });
        res.end(JSON.stringify(answer.body));
      };
      if (req.method === 'POST' && url.pathname === '/2/tweets') {
        const scripted = postScript.shift();
        if (scripted) return send(scripted);
        next += 1n;
        return send({
          status: 201,
          body: { data: { id: String(next), text: body.text, edit_history_tweet_ids: [String(next)] } },
        });
      }
      const mentionsPath = /^\/2\/users\/(\d+)\/mentions$/.exec(url.pathname);
      if (req.method === 'GET' && mentionsPath) {
        const since = url.searchParams.get('since_id');
        const newer = mentions.filter((m) => !since || BigInt(m.id) > BigInt(since));
        if (newer.length === 0) return send({ status: 200, body: { meta: { result_count: 0 } } });
        return send({
          status: 200,
          body: {
            data: newer.map(({ id, text, author_id, created_at }) => ({
              id,
              text,
              author_id,
              created_at,
              edit_history_tweet_ids: [id],
            })),
            includes: { users: newer.map((m) => ({ id: m.author_id, username: m.username, name: m.name })) },
            meta: { result_count: newer.length, newest_id: newer[0]?.id, oldest_id: newer.at(-1)?.id },
          },
        });
      }
      send({ status: 404, body: { title: 'Not Found', status: 404 } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    postScript,
    mentions,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
