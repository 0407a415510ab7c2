import { AppError } from '../../domain/app-error';
import type { GraphAppTokens } from './graph-app-token';

/** Graph, as the tab's app, in one tenant. */
export interface GraphCaller {
  /** The answer's JSON (undefined for 202/204); AppError 'graph_failed' with details.status otherwise. */
  call(tenantId: string, path: string, init?: { method?: string; body?: unknown }): Promise<unknown>;
}

/** Calls Graph with the tab's app token; a token Graph refuses (401) is asked for anew once. */
export class GraphClient implements GraphCaller {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens: GraphAppTokens,
    private readonly timeoutMs: number,
  ) {}

  async call(
    tenantId: string,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.tokens.token(tenantId);
      let response: Response;
      try {
        response = await fetch(this.address(path), {
          method: init.method ?? 'GET',
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch {
        throw new AppError('graph_failed', 'Microsoft Graph did not answer', { status: 0 });
      }
      if (response.status === 401 && attempt === 0) {
        this.tokens.forget(tenantId);
        continue;
      }
      if (response.status === 202 || response.status === 204) return undefined;
      const body = (await response.json().catch(() => undefined)) as
        { error?: { code?: unknown } } | undefined;
      if (!response.ok) {
        const code = typeof body?.error?.code === 'string' ? body.error.code : '';
        throw new AppError('graph_failed', `Microsoft Graph answered ${response.status}`, {
          status: response.status,
          code,
          ...(response.headers.get('retry-after')
            ? { retryAfterSeconds: Number(response.headers.get('retry-after')) || 0 }
            : {}),
        });
      }
      return body;
    }
  }

  /** A path under Graph, or a link Graph gave (a next page): never another host, which would get the token. */
  private address(path: string): string {
    if (path.startsWith('/')) return `${this.baseUrl}${path}`;
    if (path.startsWith(`${this.baseUrl}/`)) return path;
    throw new AppError('graph_failed', 'A Graph link pointed elsewhere', { status: 0 });
  }
}
