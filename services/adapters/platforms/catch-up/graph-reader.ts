import { DateTime } from 'luxon';
import { AppError } from '../../../domain/app-error';
import { unreachable } from '../call-failure';
import { graphError } from '../meta-graph-publisher';
import { usageOf, type GraphUsage } from '../meta-usage';

/** A Graph object as read: nothing in it is trusted to have the type the documentation gives. */
export type GraphObject = Record<string, unknown>;

export function objectOf(value: unknown): GraphObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as GraphObject) : {};
}

/** A non-empty string or a finite number (Meta sends some ids as numbers), as text; otherwise nothing. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Graph's time (`2026-12-06T10:00:00+0000`) in UTC, or nothing. */
export function graphTime(value: unknown): DateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const time = DateTime.fromISO(value, { zone: 'utc' });
  return time.isValid ? time.toUTC() : undefined;
}

/**
 * Reads from the Graph API with an account's token, counting the calls one read makes and keeping the highest use
 * Meta reported, so the read can stop before the account's budget (which replies share) runs out.
 */
export class GraphReader {
  calls = 0;
  usage: GraphUsage = { percent: 0, regainMinutes: 0 };

  constructor(
    private readonly options: {
      readonly graphUrl: string;
      readonly graphVersion: string;
      readonly token: string;
      readonly timeoutMs: number;
      /** Stop reading once Meta reports this share (per cent) of the account's budget used. */
      readonly stopAtPercent?: number;
    },
  ) {}

  async get(path: string, query: Readonly<Record<string, string>>): Promise<GraphObject> {
    const url = new URL(`${this.options.graphUrl}/${this.options.graphVersion}/${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    this.calls += 1;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Authorization: `Bearer ${this.options.token}` },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw unreachable('Meta', error);
    }
    const used = usageOf(response.headers);
    this.usage = {
      percent: Math.max(this.usage.percent, used.percent),
      regainMinutes: Math.max(this.usage.regainMinutes, used.regainMinutes),
    };
    const body = objectOf(await response.json().catch(() => ({})));
    if (!response.ok || body.error) throw graphError(response.status, body, response.headers);
    // Near the account's limit the read stops here: what is left of the budget is for the replies staff publish.
    if (this.options.stopAtPercent !== undefined && this.usage.percent >= this.options.stopAtPercent) {
      throw new AppError('platform_rate_limited', 'Meta reports the account near its limit', {
        retryInMs: Math.max(this.usage.regainMinutes, 60) * 60_000,
      });
    }
    return body;
  }

  /**
   * Every item of a list, page after page (`after`), up to `pages` pages; `visit` answers `false` to stop there
   * (a list read newest first has reached what was read before).
   */
  async each(
    path: string,
    query: Readonly<Record<string, string>>,
    pages: number,
    visit: (item: GraphObject) => Promise<boolean | void> | boolean | void,
  ): Promise<void> {
    let after: string | undefined;
    for (let page = 0; page < pages; page += 1) {
      const listed = GraphReader.page(await this.get(path, { ...query, ...(after ? { after } : {}) }));
      for (const item of listed.items) if ((await visit(item)) === false) return;
      if (!listed.after) return;
      after = listed.after;
    }
  }

  /** The items of a list (`data`), and the cursor of the next page (`paging.cursors.after` when `paging.next` is there). */
  static page(body: GraphObject): { items: GraphObject[]; after?: string } {
    const items = Array.isArray(body.data) ? body.data.map(objectOf) : [];
    const paging = objectOf(body.paging);
    const after = paging.next ? textOf(objectOf(paging.cursors).after) : undefined;
    return { items, ...(after ? { after } : {}) };
  }
}
