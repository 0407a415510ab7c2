import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { httpErrorFor } from './http-errors';
import { errorSummary, type Logger } from './logger';
import { readRawBody } from './webhooks/read-raw-body';
import { receiveLinkedInDelivery, type LinkedInWebhookDeps } from './webhooks/linkedin/linkedin-webhook';
import { answerLinkedInChallenge } from './webhooks/linkedin/verify-linkedin-signature';
import { receiveXDelivery, type XWebhookDeps } from './webhooks/x/x-webhook';
import { answerXCrc } from './webhooks/x/verify-x-signature';
import { answerMetaHandshake, receiveMetaDelivery, type MetaWebhookDeps } from './webhooks/meta/meta-webhook';

export interface ServerDeps {
  readonly adapter: CloudAdapter;
  readonly runBot: (context: TurnContext) => Promise<void>;
  readonly meta: MetaWebhookDeps;
  readonly linkedin: LinkedInWebhookDeps;
  readonly x: XWebhookDeps;
  readonly webhookMaxBytes: number;
  readonly checkReady: () => Promise<void>;
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
      await deps.adapter.process(req as Parameters<CloudAdapter['process']>[0], res, deps.runBot);
    },
  );

  server.get('/api/webhooks/meta', async (req: Request, res: Response) => {
    try {
      const challenge = answerMetaHandshake(
        req.query as Record<string, string | undefined>,
        deps.meta.verifyToken,
      );
      res.setHeader('Content-Type', 'text/plain');
      res.sendRaw(200, challenge);
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  server.post('/api/webhooks/meta', async (req: Request, res: Response) => {
    try {
      const raw = await readRawBody(req, deps.webhookMaxBytes);
      const header = req.headers['x-hub-signature-256'];
      await receiveMetaDelivery(deps.meta, raw, Array.isArray(header) ? header[0] : header);
      res.send(200, { status: 'received' });
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  server.get('/api/webhooks/linkedin', async (req: Request, res: Response) => {
    try {
      const query = req.query as Record<string, string | undefined>;
      res.send(200, answerLinkedInChallenge(query.challengeCode, deps.linkedin.clientSecret));
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  server.post('/api/webhooks/linkedin', async (req: Request, res: Response) => {
    try {
      const raw = await readRawBody(req, deps.webhookMaxBytes);
      const header = req.headers['x-li-signature'];
      await receiveLinkedInDelivery(deps.linkedin, raw, Array.isArray(header) ? header[0] : header);
      res.send(200, { status: 'received' });
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  server.get('/api/webhooks/x', async (req: Request, res: Response) => {
    try {
      const query = req.query as Record<string, string | undefined>;
      res.send(200, answerXCrc(query.crc_token, deps.x.consumerSecret));
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  server.post('/api/webhooks/x', async (req: Request, res: Response) => {
    try {
      const raw = await readRawBody(req, deps.webhookMaxBytes);
      const header = req.headers['x-twitter-webhooks-signature'];
      await receiveXDelivery(deps.x, raw, Array.isArray(header) ? header[0] : header);
      res.send(200, { status: 'received' });
    } catch (error) {
      sendError(res, deps.logger, error);
    }
  });

  return server;
}
