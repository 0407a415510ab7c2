import { DateTime } from 'luxon';
import { AppError } from '../../domain/app-error';
import { utcIso } from '../../domain/utc-iso';
import { unreachable } from './call-failure';

/**
 * When a LinkedIn access token ends, as LinkedIn's token introspection says (`POST /oauth/v2/introspectToken` with
 * the app's client): the end, `inactive` for a token LinkedIn no longer takes, or undefined when it gives none.
 */
export class LinkedInIntrospection {
  constructor(
    private readonly client: {
      readonly introspectUrl: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly timeoutMs: number;
    },
  ) {}

  async endOf(token: string): Promise<string | 'inactive' | undefined> {
    const form = new URLSearchParams({
      client_id: this.client.clientId,
      client_secret: this.client.clientSecret,
      token,
    });
    let response: Response;
    try {
      response = await fetch(this.client.introspectUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(this.client.timeoutMs),
      });
    } catch (error) {
      throw unreachable('LinkedIn', error);
    }
    const body = (await response.json().catch(() => ({}))) as { active?: unknown; expires_at?: unknown };
    if (!response.ok)
      throw new AppError('platform_error', `LinkedIn introspection answered ${response.status}`);
    if (body.active !== true) return 'inactive';
    return typeof body.expires_at === 'number' && body.expires_at > 0
      ? utcIso(DateTime.fromSeconds(body.expires_at))
      : undefined;
  }
}
