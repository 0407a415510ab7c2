import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached storage: its method and path (a transaction is one `$batch`). */
export interface CountedRequest {
  readonly method: string;
  readonly path: string;
  /** The tables a request names, in its path or (a transaction) in its body, once it has been read. */
  readonly tables: string[];
  /** Whether it deletes a figures marker (`f|`), on its own or in a transaction. */
  readonly dropsFigureMarker: boolean[];
}

/**
 * A pass-through in front of Azurite's Table service that writes down every request: what a test counts as the
 * product's storage round trips, on the wire, the way Azure Table Storage would see them. `hold()` keeps every
 * request that comes after it waiting (a store that has stopped answering) until `release()`.
 */
export async function startCountingProxy(target: { port: number }) {
  const requests: CountedRequest[] = [];
  let held: (() => void)[] | undefined;
  const server = http.createServer((incoming, answer) => {
    const path = decodeURIComponent(incoming.url ?? '');
    const request = {
      method: incoming.method ?? '',
      path,
      tables: [] as string[],
      dropsFigureMarker: [] as boolean[],
    };
    requests.push(request);
    // The body is read whole first: a transaction names its table in it.
    const body: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => body.push(chunk));
    incoming.on('end', () => {
      const bytes = Buffer.concat(body);
      const named = `${path}\n${bytes.toString('utf8')}`.matchAll(/devstoreaccount1\/(\w+)/g);
      request.tables.push(...new Set([...named].map((match) => match[1] ?? '')));
      const text = `${incoming.method ?? ''} ${path}\n${bytes.toString('utf8')}`;
      request.dropsFigureMarker.push(/DELETE [^\n]*RowKey='f(%7C|\|)/i.test(text));
      if (held) held.push(() => forward(incoming, answer, bytes));
      else forward(incoming, answer, bytes);
    });
  });
  function forward(incoming: http.IncomingMessage, answer: http.ServerResponse, bytes: Buffer): void {
    const forwarded = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: `127.0.0.1:${target.port}` },
      },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      },
    );
    forwarded.on('error', () => answer.destroy());
    forwarded.end(bytes);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    /** Requests from now on wait; `release()` lets them through. */
    hold() {
      held ??= [];
    },
    release() {
      const waiting = held ?? [];
      held = undefined;
      for (const go of waiting) go();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
