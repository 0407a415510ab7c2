import { LOCAL_DEFAULTS } from '../local-defaults';
import { localOnly } from './local-only';
import type { Setting } from './setting';
import { int, matching, optionalText, text, url } from './setting';

const BASE64_KEY = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Credentials that are renewed: the OAuth clients that renew tokens at Google, X and LinkedIn, the refresh tokens
 * renewal starts from, and the key renewed tokens are sealed with at rest.
 */
export const CREDENTIAL_SETTINGS = {
  TOKEN_KEY: {
    shown: 'local: a fixed key for this machine',
    meaning:
      'The 256-bit key (base64, `openssl rand -base64 32`) renewed tokens are sealed with (AES-256-GCM) in the `Credentials` table. In Azure, a Key Vault reference. Required in production when an OAuth client is configured.',
    read: matching(
      BASE64_KEY,
      'must be 32 bytes in base64 (openssl rand -base64 32)',
      localOnly(LOCAL_DEFAULTS.tokenKey),
    ),
  },
  TOKEN_KEY_PREVIOUS: {
    shown: '',
    meaning:
      'The key `TOKEN_KEY` replaced, while tokens sealed under it remain: they still open, and the credential check seals them under the new key within `CREDENTIAL_CHECK_INTERVAL_MS`.',
    read: matching(BASE64_KEY, 'must be 32 bytes in base64 (openssl rand -base64 32)', ''),
  },
  GOOGLE_CLIENT_ID: {
    shown: '',
    meaning: "The Google OAuth client that renews YouTube channels' tokens; with `GOOGLE_CLIENT_SECRET`.",
    read: optionalText(),
  },
  GOOGLE_CLIENT_SECRET: {
    shown: '',
    meaning: "The Google OAuth client's secret.",
    read: text(''),
  },
  GOOGLE_TOKEN_URL: {
    shown: '`https://oauth2.googleapis.com/token`',
    meaning: "Google's token endpoint. Must be `https://` in production.",
    read: url('https://oauth2.googleapis.com/token'),
  },
  GOOGLE_AUTHORIZE_URL: {
    shown: '`https://accounts.google.com/o/oauth2/v2/auth`',
    meaning:
      "Google's consent page, where **Anslut konto** sends an admin. Must be `https://` in production.",
    read: url('https://accounts.google.com/o/oauth2/v2/auth'),
  },

  X_CLIENT_ID: {
    shown: '',
    meaning:
      "The X app's OAuth 2.0 client id, for accounts connected with OAuth 2.0 and `offline.access`; with `X_CLIENT_SECRET`.",
    read: optionalText(),
  },
  X_CLIENT_SECRET: {
    shown: '',
    meaning: "The X app's OAuth 2.0 client secret (a confidential client).",
    read: text(''),
  },
  X_TOKEN_URL: {
    shown: '`https://api.x.com/2/oauth2/token`',
    meaning: "X's token endpoint. Must be `https://` in production.",
    read: url('https://api.x.com/2/oauth2/token'),
  },
  X_AUTHORIZE_URL: {
    shown: '`https://x.com/i/oauth2/authorize`',
    meaning: "X's consent page, where **Anslut konto** sends an admin. Must be `https://` in production.",
    read: url('https://x.com/i/oauth2/authorize'),
  },

  LINKEDIN_CLIENT_ID: {
    shown: '',
    meaning:
      "The LinkedIn app's client id (with `LINKEDIN_CLIENT_SECRET`): renews tokens where the app is approved for refresh tokens, learns when a token from the settings ends (introspection), and lets admins connect an organization with **Anslut konto**.",
    read: optionalText(),
  },
  LINKEDIN_TOKEN_URL: {
    shown: '`https://www.linkedin.com/oauth/v2/accessToken`',
    meaning: "LinkedIn's token endpoint. Must be `https://` in production.",
    read: url('https://www.linkedin.com/oauth/v2/accessToken'),
  },
  LINKEDIN_AUTHORIZE_URL: {
    shown: '`https://www.linkedin.com/oauth/v2/authorization`',
    meaning:
      "LinkedIn's consent page, where **Anslut konto** sends an admin. Must be `https://` in production.",
    read: url('https://www.linkedin.com/oauth/v2/authorization'),
  },

  INTAKE_CHECK_INTERVAL_MS: {
    shown: '`600000`',
    meaning:
      "How often each account's intake is checked: what this instance saw written for `konton` and the tab, Meta's webhook subscriptions read (once a day), accounts quieter than usual told to the admins. `0` turns the checks off.",
    read: int(600_000, 0, 86_400_000),
  },
  CREDENTIAL_CHECK_INTERVAL_MS: {
    shown: '`600000`',
    meaning:
      "How often credentials are checked: tokens about to end renewed, end dates warned 14, 7 and 1 days ahead, each account's state read.",
    read: int(600_000, 10_000, 86_400_000),
  },
  'YOUTUBE_REFRESH_TOKEN_<channelId>': {
    shown: '',
    meaning:
      "A refresh token for the channel (from Google's consent with `access_type=offline`): its access tokens are then renewed, and `YOUTUBE_TOKEN_<channelId>` is not needed.",
    readBy: 'accounts file',
  },
  'X_REFRESH_TOKEN_<userId>': {
    shown: '',
    meaning:
      'A refresh token for the account (OAuth 2.0 with `offline.access`). X gives a new one at each renewal; Svarsvakten keeps it in the `Credentials` table, so this one is used once.',
    readBy: 'accounts file',
  },
  'LINKEDIN_REFRESH_TOKEN_<orgId>': {
    shown: '',
    meaning: 'A refresh token for the organization, where the LinkedIn app is approved for them.',
    readBy: 'accounts file',
  },
} satisfies Record<string, Setting>;
