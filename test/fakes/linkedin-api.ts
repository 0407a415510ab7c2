import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LinkedInRequest {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

export interface LinkedInAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface FakeLinkedInApi {
  readonly url: string;
  readonly requests: LinkedInRequest[];
  readonly script: LinkedInAnswer[];
  close(): Promise<void>;
}

/** An answer exactly as recorded in a LinkedIn fixture file. */
export function linkedInAnswerFromFixture(name: string): LinkedInAnswer {
  const exchange = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'platforms', name), 'utf8'),
  ) as LinkedInAnswer;
  return { status: exchange.status, headers: exchange.headers ?? {}, body: exchange.body };
}

/**
 * A local server answering as LinkedIn's Comments API does: `POST /rest/socialActions/{urn}/comments` → 201 with
 * the new comment's URN in `x-restli-id`; the versioned headers are required, as LinkedIn requires them.
 */
export async function startFakeLinkedInApi(): Promise<FakeLinkedInApi> {
  const requests: LinkedInRequest[] = [];
  const script: LinkedInAnswer[] = [];
  let next = 7526268031475868543n;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://linkedin.local').pathname);
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
        : {};
      requests.push({ path, headers: req.headers, body });
      const send = (answer: LinkedInAnswer) => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      };
      const match = /^\/rest\/socialActions\/(urn:li:comment:\((urn:li:activity:\d+),\d+\))\/comments$/.exec(
        path,
      );
      if (req.method !== 'POST' || !match)
        return send({ status: 404, body: { status: 404, message: 'Not found' } });
      if (!req.headers['linkedin-version'] || req.headers['x-restli-protocol-version'] !== '2.0.0') {
        return send({ status: 400, body: { status: 400, message: 'A version header is required' } });
      }
      const scripted = script.shift();
      if (scripted) return send(scripted);
      next += 1n;
      const urn = `urn:li:comment:(${match[2]},${next})`;
      send({ status: 201, headers: { 'x-restli-id': urn }, body: { commentUrn: urn, id: String(next) } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
