import { localOnly } from './local-only';
import type { Setting } from './setting';
import { months } from './policy-readers';
import { int, matching, oneOf, optionalInt, optionalText, optionalUrl, text, url } from './setting';
import { GUID, LOCAL_PACKAGE_DEFAULTS } from '../../../manifest/package-settings';

/** How the process runs: limits, intervals, logs, the tab, telemetry, retention, pacing, storms, the tools. */
export const RUNTIME_SETTINGS = {
  WEBHOOK_MAX_BYTES: {
    shown: '`1048576`',
    meaning: 'Largest webhook or activity body accepted (413 above).',
    read: int(1_048_576, 1024, 50_000_000),
  },
  WEBHOOK_MAX_IN_FLIGHT: {
    shown: '`256`',
    meaning:
      'Verified webhook deliveries being stored at once; one more is answered `503` with `Retry-After` once its signature is checked, before anything of it is stored (Meta, LinkedIn and X deliver again), and `/readyz` says `overloaded`. Nothing acknowledged is ever shed. Bodies not yet verified do not count here (see `WEBHOOK_MAX_UNVERIFIED`).',
    read: int(256, 1, 100_000),
  },
  WEBHOOK_BODY_TIMEOUT_MS: {
    shown: '`5000`',
    meaning:
      "How long a webhook or activity body may take to arrive after its headers; `408` and the connection closed after that. Node's header and request timeouts follow it (the headers within this time, the whole request within twice it). `0` leaves Node's defaults (60 s and 300 s).",
    read: int(5000, 0, 120_000),
  },
  WEBHOOK_MAX_UNVERIFIED: {
    shown: '`128`',
    meaning:
      'Webhook bodies being read, before their signature is checked, at once from all clients; one more is answered `503` with `Retry-After`, and `/readyz` says `intake_starved` for the next 30 s.',
    read: int(128, 1, 100_000),
  },
  WEBHOOK_MAX_UNVERIFIED_PER_CLIENT: {
    shown: '`32`',
    meaning:
      "Webhook bodies one client address may have being read, before their signature is checked, at once; one more is answered `429` with `Retry-After`. A platform's storm comes from a few addresses, each body read in milliseconds: this bounds a client that holds places, not a platform that sends many.",
    read: int(32, 1, 100_000),
  },
  WEBHOOK_TRUSTED_PROXIES: {
    shown: '`0`',
    meaning:
      "Proxies in front of the bot that append the client's address to `X-Forwarded-For` (`1` behind Container Apps' ingress). `0`: the connection's address is the client's. Addresses before the trusted ones are the client's own words and never believed.",
    read: int(0, 0, 10),
  },
  WEBHOOK_MAX_LOOP_DELAY_MS: {
    shown: '`1000`',
    meaning:
      "Webhooks are shed the same way while the event loop's delay (99th percentile over the last five seconds) is above this; `0` turns this check off.",
    read: int(1000, 0, 60_000),
  },
  WEBHOOK_TARGET_ACK_MS: {
    shown: '`100`',
    meaning:
      "How long storing a webhook delivery should take. Fewer deliveries are taken at once while they take longer (down to 4; the rest are answered `503` with `Retry-After`) and more as they speed up again (up to `WEBHOOK_MAX_IN_FLIGHT`), so those taken are acknowledged well within the platforms' few seconds instead of queued behind a saturated store; none is taken while four or more are being stored and the oldest of them has waited longer than this. Card posting gives way to storing meanwhile. `0` turns it off (the number stays `WEBHOOK_MAX_IN_FLIGHT`).",
    read: int(100, 0, 60_000),
  },
  WEBHOOK_RETRY_AFTER_SECONDS: {
    shown: '`10`',
    meaning: 'What `Retry-After` says when a webhook is shed.',
    read: int(10, 1, 3600),
  },
  PLATFORM_TIMEOUT_MS: {
    shown: '`10000`',
    meaning:
      'How long a call to a platform may take. A reply whose call timed out (or met a 5xx) is looked for on the platform before it is sent again; where the platform cannot be asked (X, Messenger), the card says the outcome is unknown and keeps the draft. At most `18000`: a send with its retries and look-ups must end within the two minutes after which it counts as stale.',
    read: int(10_000, 100, 18_000),
  },
  OUTBOX_INTERVAL_MS: {
    shown: '`5000`',
    meaning: 'How often unposted cards are looked for.',
    read: int(5000, 100, 3_600_000),
  },
  FIGURES_INTERVAL_MS: {
    shown: '`300000`',
    meaning:
      "How often the overview's figures are checked for changes not counted yet (left by a restart or another instance; each change is counted as it is written), and built again from every comment if they were lost.",
    read: int(300_000, 1000, 86_400_000),
  },
  INBOX_INTERVAL_MS: {
    shown: '`30000`',
    meaning:
      'How often webhook deliveries that were acknowledged but not ingested are looked for: left by a restart or another instance (once two minutes old), or whose ingestion failed (tried again at the first sweep 5 s after, then twice as late each time up to 30 min; from the fifth failure each is logged as an error, and after seven days the delivery is let go).',
    read: int(30_000, 1000, 3_600_000),
  },
  LOG_LEVEL: {
    shown: '`info`',
    meaning: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`.',
    read: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  },
  PUBLIC_URL: {
    shown: '_(none)_',
    meaning:
      "Where the bot is reached from outside, e.g. `https://svarsvakten.malmo.se`: the overview tab's origin, part of its single sign-on audience (`api://<host>/botid-<MicrosoftAppId>`, or `api://<host>/<TAB_APP_ID>` with a tab app of its own), and the address `npm run package` writes into the manifest (there: default `http://localhost:3978`).",
    read: optionalUrl(),
  },
  ENTRA_JWKS_URL: {
    shown: '`https://login.microsoftonline.com/<MicrosoftAppTenantId>/discovery/v2.0/keys`',
    meaning:
      "Where Microsoft Entra ID publishes the keys the tab's sign-on tokens are checked against. Must be `https://` in production.",
    read: url(
      (at) =>
        `https://login.microsoftonline.com/${at.env.MicrosoftAppTenantId?.trim() || 'common'}/discovery/v2.0/keys`,
    ),
  },
  APPLICATIONINSIGHTS_CONNECTION_STRING: {
    shown: '_(none: no export)_',
    meaning:
      'Application Insights connection string: when set, traces of incoming and outgoing HTTP and the logs are exported with OpenTelemetry.',
    read: optionalText(),
  },
  APPLICATIONINSIGHTS_STATSBEAT_DISABLED_ALL: {
    shown: '`true`',
    meaning:
      "Whether the Application Insights exporter's own usage reports to Microsoft (statsbeat) stay off; `false` allows them.",
    readBy: 'Azure Monitor',
  },
  TEAMS_APP_ID: {
    shown: 'local: `5b0f3c2e-8d6a-4f1e-9c37-2a4e6d8b1f05`; production: _(required)_',
    meaning:
      "The Teams app's id (a GUID; keep it across versions so Teams sees an update): `npm run package` puts it in the manifest, and the bot links a card to the overview tab with it (a closed case's document for Platina, the daily overview). Production needs the id of the package the city installed: another opens a tab of an app that does not exist.",
    read: matching(GUID, 'must be a GUID', (at) => (at.local ? LOCAL_PACKAGE_DEFAULTS.teamsAppId : '')),
    required:
      "is required in production: the id of the Teams app package the city installed (the GUID `npm run package` was given), or the cards' links into the overview tab open nothing",
  },
  APP_VERSION: {
    shown: '`version` in `package.json`',
    meaning:
      "`npm run package` only: the manifest's version (`1.4.0`); raise it for each package you upload.",
    readBy: 'npm run package',
  },
  RETENTION_DAYS: {
    shown: 'local: `0` (keep); production: _(required)_',
    meaning:
      "The records plan: handled comments written more than this many days ago lose the resident's text, name and id, the replies' texts and notes — in storage, history and on the card; the statistics stay. `0` (keep) or at least `30`. Production needs it set, so keeping is a decision, not a default.",
    read: optionalInt(0, 36_500),
    required:
      "is required in production: the records plan's days before a handled comment's personal data is removed (0 keeps it; otherwise at least 30)",
  },
  RETENTION_UNCLOSED_DAYS: {
    shown: '`180`',
    meaning:
      "The upper age under the records plan of a comment nobody closed (left open, held, acknowledged, a case, waiting for approval): written more than this many days ago, it loses the resident's words like a handled one and is closed by the records plan; its 24-hour promise counts as it stood. Never less than `RETENTION_DAYS`; nothing is removed while `RETENTION_DAYS` is `0`.",
    read: int(180, 30, 36_500),
  },
  RETENTION_KEY: {
    shown: 'local: `local-retention-key`',
    meaning:
      "The city's own key (at least 32 characters of random text, kept in Key Vault) for the keyed hashes (HMAC-SHA256) the records plan puts in place of a purged comment's platform ids, in its data and its table keys. Keep it for as long as the data: under a new key, a comment purged before could come back as new if its platform sent it again. Required in production.",
    read: text(localOnly('local-retention-key')),
    required: 'is required in production (the records plan keys the ids of purged comments with it)',
  },
  ARCHIVE_MONTHS: {
    shown: '`6,12`',
    meaning:
      'The months an archiving period ends with (numbers 1–12). On the first day after each, the admins are told in 1:1 to take out the archive package for the period since the last one (Arkivpaket in the tab, or `npm run archive`). `none` turns the reminder off.',
    read: months([6, 12]),
  },
  ARCHIVED_BY_OTHER_MEANS: {
    shown: '`no`',
    meaning:
      '`no`: the records plan purges a comment only once the archive package of the period it was written in has been taken out (Arkivpaket or `npm run archive`, recorded with its SHA-256); until then it keeps every word, and the admins are reminded weekly. `yes` only where the records officer has decided in writing that the city archives the comments another way: the purge then runs on `RETENTION_DAYS` alone, and start-up says so.',
    read: oneOf(['yes', 'no'], 'no'),
  },
  RETENTION_INTERVAL_MS: {
    shown: '`3600000`',
    meaning: 'How often the purge looks for comments past `RETENTION_DAYS`.',
    read: int(3_600_000, 1000, 86_400_000),
  },
  TEAMS_PACING: {
    shown: '`on`',
    meaning:
      "`on`: every message to Teams waits its turn under Teams' limits (7 a second and 60 in 30 seconds per thread, 30 a second for the app), most urgent deadline first. `off` only in local mode, for the benchmark's local connector.",
    read: oneOf(['on', 'off'], 'on'),
  },
  STORM_THRESHOLD: {
    shown: '`10`',
    meaning:
      'More comments than this on one post within `STORM_WINDOW_MINUTES` make a comment storm: further comments on the post go into one thread under a card for the post, each with its own card there (Ta, reply, its own deadline), instead of a new thread each. `0` turns it off.',
    read: int(10, 0, 10_000),
  },
  STORM_WINDOW_MINUTES: {
    shown: '`10`',
    meaning:
      'The window for `STORM_THRESHOLD`; the storm lasts while the post keeps drawing more than that many comments within it.',
    read: int(10, 1, 1440),
  },
  BOT_URL: {
    shown: '`http://127.0.0.1:$PORT`',
    meaning: '`npm run demo` only: where to send the demo webhooks.',
    readBy: 'npm run demo',
  },
  CHROMIUM_PATH: {
    shown: '`/usr/bin/chromium`',
    meaning: '`npm run test:e2e` only: the Chromium to drive.',
    readBy: 'npm run test:e2e',
  },
} satisfies Record<string, Setting>;
