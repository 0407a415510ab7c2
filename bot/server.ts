import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { httpErrorFor } from './http-errors';
import { errorSummary, type Logger } from './logger';
import { registerTabRoutes, type TabDeps } from './overview/tab-routes';
import type { EventIngester } from './webhooks/ingest-events';
import { readRawBody } from './webhooks/read-raw-body';
import { receiveDelivery } from './webhooks/receive-delivery';
import type { WebhookSource } from './webhooks/webhook-source';

export interface ServerDeps {
  readonly adapter: CloudAdapter;
  readonly runBot: (context: TurnContext) => Promise<void>;
  readonly webhooks: readonly WebhookSource[];
  readonly ingester: EventIngester;
  readonly webhookMaxBytes: number;
  readonly checkReady: () => Promise<void>;
  readonly tab: TabDeps;
  readonly logger: Logger;
}

function sendError(res: Response, logger: Logger, error: unknown): void {
  const { status, body } = httpErrorFor(error);
  if (status >= 500 && status !== 503)
    logger.error({ event: 'http.error', error: errorSummary(error) }, 'request failed');
  res.send(status, body);
}

/** The HTTP routes; each hands straight to its handler. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'svarsvakten', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'alive' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await deps.checkReady();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'storage_unavailable' });
    }
  });

  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: deps.webhookMaxBytes }),
    async (req: Request, res: Response) => {
      // What is not an activity at all is refused here; the adapter would answer it with a 500.
      const body: unknown = req.body;
      if (
        typeof body !== 'object' ||
        body === null ||
        typeof (body as { type?: unknown }).type !== 'string'
      ) {
        res.send(400, { error: 'activity_invalid' });
        return;
      }
      await deps.adapter.process(req as Parameters<CloudAdapter['process']>[0], res, deps.runBot);
    },
  );

  registerTabRoutes(server, deps.tab);

  for (const source of deps.webhooks) {
    server.get(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      try {
        const answer = source.handshake(req.query as Record<string, string | undefined>);
        res.setHeader('Content-Type', answer.contentType);
        res.sendRaw(200, answer.body);
      } catch (error) {
        sendError(res, deps.logger, error);
      }
    });

    // The body is read raw, not by a body parser: the signature is over its exact bytes and is checked first.
    server.post(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      try {
        const raw = await readRawBody(req, deps.webhookMaxBytes);
        const header = req.headers[source.signatureHeader];
        await receiveDelivery(
          source,
          deps.ingester,
          deps.logger,
          raw,
          Array.isArray(header) ? header[0] : header,
        );
        res.send(200, { status: 'received' });
      } catch (error) {
        sendError(res, deps.logger, error);
      }
    });
  }

  return server;
}
