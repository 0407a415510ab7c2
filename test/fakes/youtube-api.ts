import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface YouTubeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

export interface YouTubeAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface FakeYouTubeApi {
  readonly url: string;
  readonly requests: YouTubeRequest[];
  /** Answers for the next calls, in order; when empty, the pages and insert answer as recorded. */
  readonly script: YouTubeAnswer[];
  /** The commentThreads pages, by page token ('' for the first), as the recorded fixtures give them. */
  readonly pages: Map<string, unknown>;
  close(): Promise<void>;
}

function fixture(name: string): { request: { url: string; body?: unknown }; status: number; body: unknown } {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'platforms', name), 'utf8')) as never;
}

export function youTubeAnswerFromFixture(name: string): YouTubeAnswer {
  const { status, body } = fixture(name);
  return { status, body };
}

/**
 * A local server answering as the YouTube Data API v3 does, from the recorded exchanges: commentThreads.list
 * (page 1, then page 2 by its pageToken; pretty-printed JSON, as Google sends it) and comments.insert.
 */
export async function startFakeYouTubeApi(): Promise<FakeYouTubeApi> {
  const requests: YouTubeRequest[] = [];
  const script: YouTubeAnswer[] = [];
  const first = fixture('youtube-commentthreads-list.json');
  const second = fixture('youtube-commentthreads-list-page2.json');
  const pages = new Map<string, unknown>([
    ['', first.body],
    [new URL(second.request.url).searchParams.get('pageToken') ?? '', second.body],
  ]);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://youtube.local');
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
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(payload, null, 2));
      };
      const scripted = script.shift();
      if (scripted) return send(scripted.status, scripted.body);
      if (req.method === 'GET' && url.pathname === '/youtube/v3/commentThreads') {
        const page = pages.get(url.searchParams.get('pageToken') ?? '');
        return page
          ? send(200, page)
          : send(400, { error: { code: 400, errors: [{ reason: 'invalidPageToken' }] } });
      }
      if (req.method === 'POST' && url.pathname === '/youtube/v3/comments') {
        const snippet = (body.snippet ?? {}) as { parentId?: string; textOriginal?: string };
        return send(200, {
          kind: 'youtube#comment',
          id: `${snippet.parentId ?? ''}.r4LNOLSnmu3CgM4Wk2BPML`,
          snippet: { parentId: snippet.parentId, textOriginal: snippet.textOriginal },
        });
      }
      send(404, { error: { code: 404, errors: [{ reason: 'notFound' }] } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
