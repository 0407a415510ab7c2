import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { ParsedActivityAdapter } from './teams/create-adapter';
import { httpErrorFor } from './http-errors';
import { errorSummary, type Logger } from './logger';
import { registerTabRoutes, type TabDeps } from './overview/tab-routes';
import { parseJsonObject } from './http/parse-json-object';
import { readJsonBody } from './http/read-json-body';
import type { LoadShedder } from './http/load-shedder';
import { performance } from 'node:perf_hooks';
import { singleValuedQuery } from './http/single-valued-query';
import { processActivity } from './teams/process-activity';
import type { EventIngester } from '../services/app/ingest-events';
import { receiveDelivery } from './webhooks/receive-delivery';
import type { WebhookSource } from './webhooks/webhook-source';
import type { Clock } from '../services/ports';
import { utcIso } from '../services/domain/utc-iso';

export interface ServerDeps {
  readonly adapter: ParsedActivityAdapter;
  readonly runBot: (context: TurnContext) => Promise<void>;
  readonly webhooks: readonly WebhookSource[];
  readonly ingester: EventIngester;
  readonly webhookMaxBytes: number;
  readonly checkReady: () => Promise<void>;
  readonly tab: TabDeps;
  readonly logger: Logger;
  /** The time a delivery is received: what stands in for a time the platform left out. */
  readonly clock: Clock;
  /** Pushes back on webhooks when the work in flight passes its bounds. */
  readonly shedder?: LoadShedder;
}

function sendError(res: Response, logger: Logger, error: unknown): void {
  const { status, body } = httpErrorFor(error);
  if (status >= 500 && status !== 503)
    logger.error({ event: 'http.error', error: errorSummary(error) }, 'request failed');
  else if (status === 401 || status === 413 || status === 415)
    logger.warn({ event: 'http.refused', status, code: body.error }, 'request refused');
  res.send(status, body);
}

/** One log line a second at most while webhooks are shed, with how many were since the last. */
function sheddingLog(logger: Logger): { note(reason: string): void } {
  let count = 0;
  let loggedAt = Number.NEGATIVE_INFINITY;
  return {
    note(reason) {
      count += 1;
      if (performance.now() - loggedAt < 1000) return;
      logger.warn({ event: 'webhook.shed', reason, count }, 'webhooks answered 503 to be delivered again');
      loggedAt = performance.now();
      count = 0;
    },
  };
}

/** The HTTP routes; each hands straight to its handler. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'svarsvakten', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'alive' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const overloaded = deps.shedder?.overloaded();
    if (overloaded) {
      res.send(503, { status: 'overloaded', reason: overloaded, ...deps.shedder?.current });
      return;
    }
    try {
      await deps.checkReady();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'storage_unavailable' });
    }
  });

  // Read within bounds and parsed strictly before the adapter sees it; the adapter then checks the JWT.
  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      const body = parseJsonObject(await readJsonBody(req, deps.webhookMaxBytes));
      const answer = await processActivity(deps.adapter, req.headers.authorization, body, deps.runBot);
      if (answer.body === undefined) res.send(answer.status);
      else res.send(answer.status, answer.body);
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  registerTabRoutes(server, deps.tab);

  const shed = sheddingLog(deps.logger);
  for (const source of deps.webhooks) {
    server.get(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      try {
        const answer = source.handshake(singleValuedQuery(req.query));
        res.setHeader('Content-Type', answer.contentType);
        res.sendRaw(200, answer.body);
      } catch (error) {
        sendError(res, deps.logger, error);
      }
    });

    // The body is read raw, not by a body parser: the signature is over its exact bytes and is checked first.
    server.post(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      const overloaded = deps.shedder?.reason();
      if (overloaded && deps.shedder) {
        // Refused before a byte of it is kept: the platform delivers it again after Retry-After.
        req.resume();
        shed.note(overloaded);
        res.header('Retry-After', String(deps.shedder.retryAfterSeconds));
        res.send(503, { error: 'overloaded' });
        return;
      }
      const leave = deps.shedder?.enter();
      try {
        const raw = await readJsonBody(req, deps.webhookMaxBytes);
        const header = req.headers[source.signatureHeader];
        await receiveDelivery(
          source,
          deps.ingester,
          deps.logger,
          raw,
          Array.isArray(header) ? header[0] : header,
          utcIso(deps.clock.now()),
        );
        res.send(200, { status: 'received' });
      } catch (error) {
        sendError(res, deps.logger, error);
      } finally {
        leave?.();
      }
    });
  }

  return server;
}
