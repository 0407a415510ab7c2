import { AppError } from '../../domain/app-error';
import type { Platform } from '../../domain/platform';
import { unreachable } from './call-failure';

export interface TokenOwnerOptions {
  readonly youtubeApiUrl: string;
  readonly xApiUrl: string;
  readonly linkedinApiUrl: string;
  readonly linkedinVersion: string;
  readonly timeoutMs: number;
}

type Json = Record<string, unknown>;
const objectOf = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const listOf = (value: unknown): Json[] => (Array.isArray(value) ? value.map(objectOf) : []);

/**
 * Which accounts a token may act for, as the platform itself says: YouTube the channel of `channels?mine=true`, X
 * the user of `users/me`, LinkedIn the organizations the member administers (`organizationAcls`, ADMINISTRATOR,
 * APPROVED). Throws AppError `platform_token_expired` when the platform refuses the token.
 */
export class TokenOwner {
  constructor(private readonly options: TokenOwnerOptions) {}

  private async get(platform: Platform, url: string, headers: Record<string, string>): Promise<Json> {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      throw unreachable(platform, error);
    }
    const body = objectOf(await response.json().catch(() => ({})));
    if (response.status === 401)
      throw new AppError('platform_token_expired', `${platform} refused the token`, { status: 401 });
    if (!response.ok)
      throw new AppError('platform_error', `${platform} answered ${response.status}`, {
        status: response.status,
      });
    return body;
  }

  async accountIds(platform: Platform, token: string): Promise<string[]> {
    const bearer = { Authorization: `Bearer ${token}` };
    const { youtubeApiUrl, xApiUrl, linkedinApiUrl, linkedinVersion } = this.options;
    switch (platform) {
      case 'youtube': {
        const mine = await this.get(
          platform,
          `${youtubeApiUrl}/youtube/v3/channels?part=id&mine=true`,
          bearer,
        );
        return listOf(mine.items).flatMap((item) => (typeof item.id === 'string' ? [item.id] : []));
      }
      case 'x': {
        const me = objectOf((await this.get(platform, `${xApiUrl}/2/users/me`, bearer)).data);
        return typeof me.id === 'string' ? [me.id] : [];
      }
      case 'linkedin': {
        const acls = await this.get(
          platform,
          `${linkedinApiUrl}/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED`,
          { ...bearer, 'LinkedIn-Version': linkedinVersion, 'X-Restli-Protocol-Version': '2.0.0' },
        );
        return listOf(acls.elements).flatMap((acl) => {
          const urn = typeof acl.organization === 'string' ? acl.organization : '';
          const id = /^urn:li:organization:(\d+)$/.exec(urn)?.[1];
          return id && acl.state !== 'REJECTED' ? [id] : [];
        });
      }
      default:
        throw new AppError('connect_unavailable', `${platform} accounts are not connected by sign-in`);
    }
  }
}
