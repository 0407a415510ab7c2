import type { Setting } from './setting';
import { int, matching, oneOf, optionalText, text, url } from './setting';
import { LOCAL_DEFAULTS } from '../local-defaults';
import { localOnly } from './local-only';

/** The platforms: secrets that verify their webhooks, their API addresses and versions, the accounts and tokens. */
export const PLATFORM_SETTINGS = {
  META_APP_SECRET: {
    shown: 'local: `local-meta-app-secret`',
    meaning: 'Meta app secret: verifies `X-Hub-Signature-256`. Required in production.',
    read: text(localOnly(LOCAL_DEFAULTS.metaAppSecret)),
    required: 'is required in production (it verifies Meta webhooks)',
  },
  META_VERIFY_TOKEN: {
    shown: 'local: `local-meta-verify-token`',
    meaning: "Token Meta's subscription handshake must present. Required in production.",
    read: text(localOnly(LOCAL_DEFAULTS.metaVerifyToken)),
    required: 'is required in production (Meta subscription handshake)',
  },
  META_GRAPH_URL: {
    shown: "local: `http://127.0.0.1:3980` (the demo's stand-in); production: `https://graph.facebook.com`",
    meaning: 'Graph API base URL. Must be `https://` in production.',
    read: url((at) => (at.local ? LOCAL_DEFAULTS.graphStandInUrl : 'https://graph.facebook.com')),
  },
  META_GRAPH_VERSION: {
    shown: '`v24.0`',
    meaning: 'Graph API version in reply URLs.',
    read: text('v24.0'),
  },
  META_APP_ID: {
    shown: '',
    meaning:
      "The Meta app's id: `npm run preflight` checks Page tokens with `debug_token` (their permissions and end), and the daily check of each Page's webhook subscription (`GET /{page-id}/subscribed_apps`) looks for this app; without it, any app subscribed to the fields counts. (Instagram's fields are the app's own, set once, and not read per account.)",
    read: optionalText(),
  },
  QUIET_ACCOUNT_MAX_HOURS: {
    shown: '`24`',
    meaning:
      'An account with no comment for longer than its usual gap (learnt from its last 50 comments, counted in office hours) raises one alert to the admins; this is the longest that gap is taken to be, in office hours.',
    read: int(24, 1, 1000),
  },
  CATCHUP_INTERVAL_MS: {
    shown: '`900000`',
    meaning:
      'How often each Facebook Page, Instagram account, Messenger or Instagram Direct inbox and LinkedIn organization is read back, so a comment or message whose webhook never came still gets its card; `0` turns the read-back off.',
    read: int(900_000, 0, 86_400_000),
  },
  LINKEDIN_CLIENT_SECRET: {
    shown: 'local: `local-linkedin-client-secret`',
    meaning:
      "The LinkedIn app's client secret: answers the webhook validation and verifies `X-LI-Signature`. Required in production when a LinkedIn account is configured.",
    read: text(localOnly(LOCAL_DEFAULTS.linkedinClientSecret)),
  },
  LINKEDIN_API_URL: {
    shown: '`https://api.linkedin.com`',
    meaning: 'LinkedIn API base URL. Must be `https://` in production.',
    read: url('https://api.linkedin.com'),
  },
  LINKEDIN_VERSION: {
    shown: '`202611`',
    meaning: 'The `LinkedIn-Version` header (YYYYMM); LinkedIn retires a version about a year after release.',
    read: matching(/^\d{6}$/, 'must be YYYYMM, e.g. 202611', '202611'),
  },
  'LINKEDIN_TOKEN_<orgId>': {
    shown: '',
    meaning:
      "The access token (an organization administrator's, with `w_organization_social`) replies are published with.",
    readBy: 'accounts file',
  },
  X_WEBHOOK: {
    shown: '`off`',
    meaning:
      "`on` opens `/api/webhooks/x` for X's Account Activity webhook (CRC check and deliveries); `off`, X accounts are only polled and the route does not exist.",
    read: oneOf(['on', 'off'], 'off'),
  },
  X_CONSUMER_SECRET: {
    shown: 'local: `local-x-consumer-secret`',
    meaning:
      "The X app's consumer secret: answers the CRC check and verifies `x-twitter-webhooks-signature` (Account Activity webhook). Required in production when `X_WEBHOOK` is `on`; polling does not use it.",
    read: text(localOnly(LOCAL_DEFAULTS.xConsumerSecret)),
  },
  X_API_URL: {
    shown: '`https://api.x.com`',
    meaning: 'X API base URL. Must be `https://` in production.',
    read: url('https://api.x.com'),
  },
  X_POLL_INTERVAL_MS: {
    shown: '`120000`',
    meaning:
      "How often each X account's mentions are polled (`GET /2/users/{id}/mentions`); `0` turns polling off (webhook only).",
    read: int(120_000, 0, 86_400_000),
  },
  'X_USER_TOKEN_<userId>': {
    shown: '',
    meaning:
      "The account's OAuth 2.0 user token (`tweet.read`, `tweet.write`, `users.read`) for polling and replies.",
    readBy: 'accounts file',
  },
  YOUTUBE_API_URL: {
    shown: '`https://www.googleapis.com`',
    meaning: 'YouTube Data API base URL. Must be `https://` in production.',
    read: url('https://www.googleapis.com'),
  },
  YOUTUBE_POLL_INTERVAL_MS: {
    shown: '`300000`',
    meaning:
      "How often each channel's comment threads are polled (1 quota unit a page); `0` turns polling off.",
    read: int(300_000, 0, 86_400_000),
  },
  'YOUTUBE_TOKEN_<channelId>': {
    shown: '',
    meaning:
      "The channel's OAuth token (`youtube.force-ssl`); characters other than letters and digits in the id become `_`.",
    readBy: 'accounts file',
  },
  ACCOUNTS_FILE: {
    shown: 'local: one demo Page, "Malmö stad"',
    meaning: 'JSON file listing the accounts Svarsvakten serves (below). Required in production.',
    readBy: 'accounts file',
    required: 'is required in production (the accounts Svarsvakten serves)',
  },
  'META_PAGE_TOKEN_<pageId>': {
    shown: 'local: `local-page-token`',
    meaning:
      'The Page access token for that Page id (e.g. `META_PAGE_TOKEN_180001234567890`). In Azure, a Key Vault reference.',
    readBy: 'accounts file',
  },
} satisfies Record<string, Setting>;
