import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import { AppError } from '../../services/domain/app-error';

/** The bounds on webhook bodies being read before their signature is checked. */
export interface UnverifiedBounds {
  /** How long reading one body may take, from its headers to its last byte; 408 after that. */
  readonly bodyTimeoutMs: number;
  /** Bodies one client address may have being read at once; one more is answered 429. */
  readonly perClient: number;
  /** Bodies being read at once from all clients; one more is answered 503, and `/readyz` says intake is starved. */
  readonly total: number;
  /**
   * Proxies in front of the bot that append the client's address to `X-Forwarded-For` (Container Apps' ingress: 1).
   * 0: the connection's own address is the client's. Only addresses such a proxy added are believed.
   */
  readonly trustedProxies: number;
}

/** How long after the last time the total bound was reached `/readyz` still says intake is starved. */
const STARVED_FOR_MS = 30_000;

/**
 * Webhook bodies on their way in, before anyone knows they came from a platform. Until its signature is checked a
 * delivery is a stranger's request: it holds no place among the deliveries being stored (which `LoadShedder`
 * bounds), so connections that send headers and never a body cannot make signed deliveries wait or be shed. The
 * strangers are bounded on their own instead: a short deadline to send the body, a few at once per client address,
 * and a total; `starved()` tells `/readyz` when the total was reached.
 */
export class UnverifiedIntake {
  private readonly byClient = new Map<string, number>();
  private reading = 0;
  private lastFullAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly bounds: UnverifiedBounds) {}

  get bodyTimeoutMs(): number {
    return this.bounds.bodyTimeoutMs;
  }

  /** The client's address: the connection's, or the one the trusted proxies put in X-Forwarded-For. */
  clientOf(req: IncomingMessage): string {
    const own = req.socket.remoteAddress ?? 'unknown';
    if (this.bounds.trustedProxies <= 0) return own;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((hop) => hop.trim())
      .filter((hop) => hop !== '');
    // Each trusted proxy appended the address it was reached from; anything before those the client wrote itself.
    return hops[hops.length - this.bounds.trustedProxies] ?? own;
  }

  /**
   * Counts a body in until the returned function is called (once). Throws AppError 'webhook_client_busy' (429) when
   * the client has its share being read, 'webhook_intake_busy' (503) when all places are taken.
   */
  enter(client: string): () => void {
    if (this.reading >= this.bounds.total) {
      this.lastFullAt = performance.now();
      throw new AppError('webhook_intake_busy', 'Too many webhook bodies are being read');
    }
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.bounds.perClient) {
      throw new AppError('webhook_client_busy', 'This client has too many webhook bodies being read');
    }
    this.byClient.set(client, mine + 1);
    this.reading += 1;
    if (this.reading >= this.bounds.total) this.lastFullAt = performance.now();
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.reading -= 1;
      const now = (this.byClient.get(client) ?? 1) - 1;
      if (now === 0) this.byClient.delete(client);
      else this.byClient.set(client, now);
    };
  }

  /** Whether unverified bodies filled every place in the last half minute (for /readyz). */
  starved(): boolean {
    return performance.now() - this.lastFullAt < STARVED_FOR_MS;
  }

  get current(): { unverified: number; unverifiedLimit: number } {
    return { unverified: this.reading, unverifiedLimit: this.bounds.total };
  }
}
