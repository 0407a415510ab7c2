import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A request a fake platform received, as the platform would have seen it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

export interface FakeAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface RecordingServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** An answer exactly as recorded in an exchange fixture (status, headers and body). */
export function answerFromFixture(name: string): FakeAnswer {
  const file = path.join(__dirname, '..', 'fixtures', 'platforms', name);
  const exchange = JSON.parse(readFileSync(file, 'utf8')) as FakeAnswer;
  return { status: exchange.status, headers: exchange.headers ?? {}, body: exchange.body };
}

/**
 * A local HTTP server that keeps every request (method, path, query, headers, JSON body) and answers with what
 * the given platform logic returns. The fakes of the platforms are built on it.
 */
export async function startRecordingServer(
  answer: (request: RecordedRequest) => FakeAnswer,
  options: { readonly defaultHeaders?: () => Record<string, string>; readonly pretty?: boolean } = {},
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake.local');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        headers: req.headers,
        authorization: req.headers.authorization,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      };
      requests.push(request);
      const reply = answer(request);
      if (reply.status === 204) {
        res.writeHead(204, { ...options.defaultHeaders?.(), ...reply.headers });
        res.end();
        return;
      }
      res.writeHead(reply.status, {
        'Content-Type': 'application/json; charset=UTF-8',
        ...options.defaultHeaders?.(),
        ...reply.headers,
      });
      res.end(options.pretty ? JSON.stringify(reply.body, null, 2) : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
