import type { Platform } from './platform';
import type { ReplyTemplates } from './templates';

/** A social media account the city runs (P1), and how its replies are published. */
export interface Account {
  readonly platform: Platform;
  readonly id: string;
  readonly name: string;
  /** The access token replies are published with; absent when the account has none configured. */
  readonly accessToken?: string;
  /** A refresh token to renew access tokens from (YouTube, X, LinkedIn), where one is configured. */
  readonly refreshToken?: string;
  /** Signature, holding reply and referral for this account (P8, P9); the defaults where the file says nothing. */
  readonly templates: ReplyTemplates;
}
