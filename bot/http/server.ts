import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { ParsedActivityAdapter } from '../teams/create-adapter';
import { httpErrorFor } from './http-errors';
import { errorSummary } from '../../services/domain/log-values';
import { type Logger } from '../wiring/logger';
import { registerTabRoutes, type TabDeps } from '../overview/tab-routes';
import { parseJsonObject } from './parse-json-object';
import { readJsonBody } from './read-json-body';
import type { LoadShedder } from './load-shedder';
import type { Foreground } from './foreground';
import { performance } from 'node:perf_hooks';
import { singleValuedQuery } from './single-valued-query';
import { processActivity } from '../teams/process-activity';
import { acceptDelivery, verifyDelivery, type DeliveryIntake } from '../webhooks/receive-delivery';
import { UnverifiedIntake, type UnverifiedBounds } from './unverified-intake';
import { isAppError } from '../../services/domain/app-error';
import type { WebhookSource } from '../webhooks/webhook-source';
import type { Clock } from '../../services/ports/index';
import { utcIso } from '../../services/domain/utc-iso';

export interface ServerDeps {
  readonly adapter: ParsedActivityAdapter;
  /** The bot a Teams activity is run by. */
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly webhooks: readonly WebhookSource[];
  /** Where verified deliveries go: held, acknowledged, then ingested. */
  readonly deliveries: DeliveryIntake & { behind(): boolean };
  readonly webhookMaxBytes: number;
  /** What /readyz asks: storage, which must answer. */
  readonly storage: { ping(): Promise<void> };
  readonly tab: TabDeps;
  readonly logger: Logger;
  /** The time a delivery is received: what stands in for a time the platform left out. */
  readonly clock: Clock;
  /** Counts the Teams activities in flight, for background work to give way to. */
  readonly foreground?: Foreground;
  /** Pushes back on verified webhooks when the work in flight passes its bounds. */
  readonly shedder?: LoadShedder;
  /** The bounds on webhook bodies being read before their signature is checked. */
  readonly unverified: UnverifiedBounds;
}

/** How long /readyz waits for storage to answer its ping. */
const READY_CHECK_MS = 3000;

/** Refusals whose request may still be sending: the connection is closed after the answer, not read to its end. */
const CLOSE_AFTER = new Set([408, 413, 415]);

function sendError(res: Response, logger: Logger, error: unknown): void {
  const { status, body } = httpErrorFor(error);
  if (status >= 500 && status !== 503)
    logger.error({ event: 'http.error', error: errorSummary(error) }, 'request failed');
  else if ([401, 408, 413, 415, 429].includes(status))
    logger.warn({ event: 'http.refused', status, code: body.error }, 'request refused');
  if (CLOSE_AFTER.has(status)) res.setHeader('Connection', 'close');
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
  const intake = new UnverifiedIntake(deps.unverified);
  // Node waits 60 s for headers and 300 s for a whole request by default, and looks every 30 s: a silent client
  // would hold its connection that long. They follow the body deadline instead, looked at every second (the
  // webhook routes' own deadline is exact).
  if (intake.bodyTimeoutMs > 0) {
    const http = server.server as typeof server.server & { connectionsCheckingInterval?: number };
    http.headersTimeout = intake.bodyTimeoutMs;
    http.requestTimeout = 2 * intake.bodyTimeoutMs;
    http.connectionsCheckingInterval = Math.min(1000, intake.bodyTimeoutMs);
  }
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'alive' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    if (intake.starved()) {
      res.send(503, { status: 'intake_starved', ...intake.current });
      return;
    }
    const overloaded = deps.shedder?.overloaded();
    if (overloaded) {
      res.send(503, { status: 'overloaded', reason: overloaded, ...deps.shedder?.current });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      // A store that does not answer is as unready as one that refuses: the probe gets its answer in seconds.
      await Promise.race([
        deps.storage.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('storage did not answer')), READY_CHECK_MS);
        }),
      ]);
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'storage_unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });

  // Read within bounds and parsed strictly before the adapter sees it; the adapter then checks the JWT.
  server.post('/api/messages', async (req: Request, res: Response) => {
    const leave = deps.foreground?.enter();
    try {
      const body = parseJsonObject(await readJsonBody(req, deps.webhookMaxBytes, intake.bodyTimeoutMs));
      const answer = await processActivity(deps.adapter, req.headers.authorization, body, (context) =>
        deps.bot.run(context),
      );
      if (answer.body === undefined) res.send(answer.status);
      else res.send(answer.status, answer.body);
    } catch (error) {
      sendError(res, deps.logger, error);
    } finally {
      leave?.();
    }
  });

  registerTabRoutes(server, deps.tab);

  const shed = sheddingLog(deps.logger);
  for (const source of deps.webhooks) {
    // Logged by event and outcome only: the token is the platform's, and a refused one may be an attacker's text.
    server.get(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      try {
        const answer = source.handshake(singleValuedQuery(req.query));
        deps.logger.info({ event: 'webhook.handshake', platform: source.name }, 'handshake answered');
        res.setHeader('Content-Type', answer.contentType);
        res.sendRaw(200, answer.body);
      } catch (error) {
        deps.logger.warn(
          {
            event: 'webhook.handshake_refused',
            platform: source.name,
            code: isAppError(error) ? error.code : 'unexpected',
          },
          'handshake refused',
        );
        sendError(res, deps.logger, error);
      }
    });

    // The body is read raw, not by a body parser: the signature is over its exact bytes and is checked first. Until
    // then the request is a stranger's, bounded by the intake; only a verified delivery counts toward shedding.
    server.post(`/api/webhooks/${source.name}`, async (req: Request, res: Response) => {
      let leaveUnverified: (() => void) | undefined;
      let leave: (() => void) | undefined;
      try {
        leaveUnverified = intake.enter(intake.clientOf(req));
        const raw = await readJsonBody(req, deps.webhookMaxBytes, intake.bodyTimeoutMs);
        const header = req.headers[source.signatureHeader];
        const delivery = verifyDelivery(source, deps.logger, raw, Array.isArray(header) ? header[0] : header);
        leaveUnverified();
        const overloaded = deps.shedder?.reason() ?? (deps.deliveries.behind() ? 'ingest_behind' : undefined);
        if (overloaded) {
          // Refused before anything of it is stored: the platform delivers it again after Retry-After.
          shed.note(overloaded);
          res.header('Retry-After', String(deps.shedder?.retryAfterSeconds ?? 10));
          res.send(503, { error: 'overloaded' });
          return;
        }
        leave = deps.shedder?.enter();
        await acceptDelivery(delivery, deps.deliveries, utcIso(deps.clock.now()));
        leave?.();
        res.send(200, { status: 'received' });
      } catch (error) {
        if (isAppError(error, 'webhook_client_busy') || isAppError(error, 'webhook_intake_busy')) {
          req.resume();
          res.setHeader('Connection', 'close');
          shed.note(error.code);
          res.header('Retry-After', String(deps.shedder?.retryAfterSeconds ?? 10));
        }
        sendError(res, deps.logger, error);
      } finally {
        leaveUnverified?.();
        leave?.();
      }
    });
  }

  return server;
}
