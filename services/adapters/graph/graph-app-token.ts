import { AppError } from '../../domain/app-error';

/** The audience of every Graph token, whatever address Graph is reached at. */
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
/** A token is renewed this long before Entra ID says it ends. */
const RENEW_BEFORE_MS = 5 * 60_000;

/** How the tab's app proves itself: a client secret, or a federated credential (the managed identity's token). */
export type GraphAppCredential =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'federated'; readonly assertion: () => Promise<string> };

export interface GraphAppTokenOptions {
  /** Entra ID's base, e.g. https://login.microsoftonline.com. */
  readonly loginUrl: string;
  readonly appId: string;
  readonly credential: GraphAppCredential;
  readonly timeoutMs: number;
  /** Epoch milliseconds, for the tokens' lifetimes. */
  readonly nowMs: () => number;
}

interface Held {
  readonly token: string;
  readonly renewAt: number;
}

/**
 * App-only Graph tokens (OAuth 2.0 client credentials) of the tab's app registration, one per tenant the app is
 * installed in: resource-specific consent is granted per team, in the team's tenant. Kept until shortly before
 * they end; never logged.
 */
export class GraphAppTokens {
  private readonly held = new Map<string, Held>();

  constructor(private readonly options: GraphAppTokenOptions) {}

  async token(tenantId: string): Promise<string> {
    const held = this.held.get(tenantId);
    if (held && held.renewAt > this.options.nowMs()) return held.token;
    const fresh = await this.request(tenantId);
    this.held.set(tenantId, fresh);
    return fresh.token;
  }

  /** Graph refused a token it was given (401): it is asked for anew next time. */
  forget(tenantId: string): void {
    this.held.delete(tenantId);
  }

  private async request(tenantId: string): Promise<Held> {
    const { loginUrl, appId, credential, timeoutMs, nowMs } = this.options;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: appId,
      scope: GRAPH_SCOPE,
    });
    if (credential.kind === 'secret') form.set('client_secret', credential.secret);
    else {
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', await credential.assertion());
    }
    let response: Response;
    try {
      response = await fetch(`${loginUrl}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new AppError('graph_failed', 'Entra ID’s token endpoint did not answer', { status: 0 });
    }
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    };
    if (!response.ok || typeof body.access_token !== 'string' || !body.access_token) {
      throw new AppError('graph_failed', `Entra ID’s token endpoint answered ${response.status}`, {
        status: response.status,
        error: typeof body.error === 'string' ? body.error : '',
      });
    }
    const seconds = Number(body.expires_in);
    const lifetimeMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 3_600_000;
    return { token: body.access_token, renewAt: nowMs() + Math.max(0, lifetimeMs - RENEW_BEFORE_MS) };
  }
}
