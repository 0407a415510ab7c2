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
}

export interface GraphStandIn {
  readonly url: string;
  readonly requests: GraphRequest[];
  /** The next answers to give, in order; when empty, a successful reply. */
  readonly script: GraphAnswer[];
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

/**
 * A local server that answers `POST /{version}/{comment-id}/comments` as the Graph API does: 200 with the new
 * comment's id `{post-id}_{comment-id}`, or the scripted error. Used by `npm run demo` and by the tests.
 */
export async function startGraphStandIn(
  port = 0,
  onReply?: (request: GraphRequest) => void,
): Promise<GraphStandIn> {
  const requests: GraphRequest[] = [];
  const script: GraphAnswer[] = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      const path = new URL(req.url ?? '/', 'http://graph.local').pathname;
      const request = { method: req.method ?? '', path, authorization: req.headers.authorization, body };
      requests.push(request);
      const match = /^\/v[\d.]+\/([\w]+)_(\d+)\/comments$/.exec(path);
      let answer: GraphAnswer;
      if (req.method !== 'POST' || !match) {
        answer = {
          status: 400,
          body: {
            error: {
              message: 'Unsupported request',
              type: 'GraphMethodException',
              code: 100,
              error_subcode: 33,
            },
          },
        };
      } else {
        answer = script.shift() ?? { status: 200, body: { id: `${match[1]}_${randomInt(1e12, 9e12)}` } };
        if (answer.status === 200) onReply?.(request);
      }
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
