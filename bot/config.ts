import { readFileSync } from 'node:fs';
import { AppError } from '../services/domain/app-error';
import { isPlatform, type Platform } from '../services/domain/platform';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from '../services/domain/deadline';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '../services/domain/reminder-plan';
import { isValidSignatureFormat } from '../services/domain/signature';
import { DEFAULT_TEMPLATES, type ReplyTemplates } from '../services/domain/templates';

/** A social media account the city runs (P1), and how its replies are published. */
export interface Account {
  readonly platform: Platform;
  readonly id: string;
  readonly name: string;
  /** The access token replies are published with; absent when the account has none configured. */
  readonly accessToken?: string;
  /** Signature, holding reply and referral for this account (P8, P9); the defaults where the file says nothing. */
  readonly templates: ReplyTemplates;
}

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface Config {
  /** 'local' when no Microsoft app id is configured: no Bot Framework authentication, loopback only. */
  readonly mode: 'local' | 'production';
  readonly port: number;
  readonly host: string;
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: AppType;
    readonly tenantId: string;
  };
  readonly storage: {
    /** Undefined: Svarsvakten starts the embedded Azurite itself. */
    readonly connectionString: string | undefined;
    readonly azuritePort: number;
    readonly dataDir: string;
    /** Put before every table name, so several environments can share one storage account. */
    readonly tablePrefix: string;
  };
  readonly playground: { readonly enabled: boolean; readonly port: number };
  readonly meta: {
    readonly appSecret: string;
    readonly verifyToken: string;
    readonly graphUrl: string;
    readonly graphVersion: string;
  };
  readonly linkedin: {
    readonly clientSecret: string;
    readonly apiUrl: string;
    readonly version: string;
  };
  readonly x: {
    readonly consumerSecret: string;
    readonly apiUrl: string;
    /** Poll each X account's mentions this often (0: only the Account Activity webhook). */
    readonly pollIntervalMs: number;
  };
  readonly youtube: {
    readonly apiUrl: string;
    readonly pollIntervalMs: number;
  };
  readonly accounts: readonly Account[];
  readonly access: {
    /** Entra object ids of the people who keep the list of trained staff. */
    readonly adminIds: readonly string[];
    /** Entra object ids of trained staff given in configuration (more are added with `behörighet lägg till`). */
    readonly staffIds: readonly string[];
    /** Entra object ids of the contact centre's people: the only ones who see Messenger items outside its channel (P7). */
    readonly contactCentreIds: readonly string[];
    /** Local mode with nobody configured: everyone may act, so the Playground works out of the box. */
    readonly open: boolean;
  };
  readonly platina: { readonly pattern: RegExp; readonly example: string };
  readonly deadline: DeadlinePolicy;
  readonly reminders: ReminderPolicy;
  /** Mentioned with the holder when a comment passes its deadline. */
  readonly teamLeads: readonly { readonly id: string; readonly name: string }[];
  readonly reminderIntervalMs: number;
  /** 'auto': each person's card in their Teams language (Swedish, or English for English locales). */
  readonly cardLanguage: 'auto' | 'sv' | 'en';
  readonly webhookMaxBytes: number;
  /** How long a call to a platform may take before it counts as unanswered (and its outcome as unknown). */
  readonly platformTimeoutMs: number;
  readonly outboxIntervalMs: number;
  readonly logLevel: string;
  readonly tab: {
    /** Where the bot is reached from outside (the tab's origin, in the single sign-on audience); optional. */
    readonly publicUrl: string | undefined;
    /** Microsoft Entra ID's signing keys for the tab's single sign-on tokens. */
    readonly jwksUrl: string;
  };
  /** The records plan: handled comments lose the resident's text and details after `days` (0: kept). */
  readonly retention: { readonly days: number; readonly intervalMs: number };
  /** Comment storms: more than `threshold` comments on one post within `windowMinutes` share one thread. */
  readonly storms: { readonly threshold: number; readonly windowMinutes: number };
  /** 'on': every send to Teams is paced to Teams' limits. 'off' only against a local connector (the benchmark). */
  readonly teamsPacing: 'on' | 'off';
  /** Application Insights, for OpenTelemetry export; off when empty. */
  readonly telemetryConnectionString: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

export const LOCAL_DEFAULTS = {
  metaAppSecret: 'local-meta-app-secret',
  metaVerifyToken: 'local-meta-verify-token',
  graphStandInUrl: 'http://127.0.0.1:3980',
  pageToken: 'local-page-token',
  linkedinClientSecret: 'local-linkedin-client-secret',
  xConsumerSecret: 'local-x-consumer-secret',
  account: { platform: 'facebook', id: '180001234567890', name: 'Malmö stad' },
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

class Problems {
  readonly list: string[] = [];
  add(name: string, problem: string): void {
    this.list.push(`${name}: ${problem}`);
  }
}

function int(env: Env, name: string, fallback: number, problems: Problems, min = 0, max = 65535): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.add(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

function url(env: Env, name: string, fallback: string, problems: Problems, httpsOnly = false): string {
  const raw = env[name]?.trim() || fallback;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // Named below.
  }
  if (protocol !== 'https:' && (httpsOnly || protocol !== 'http:')) {
    problems.add(
      name,
      httpsOnly
        ? `must be an https:// URL in production (tokens and keys travel over it), got "${raw}"`
        : `must be an http(s) URL, got "${raw}"`,
    );
  }
  return raw.replace(/\/+$/, '');
}

/** Settings that only mean something in production: with any of them, a blank MicrosoftAppId is a mistake. */
const PRODUCTION_ONLY = ['MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType'] as const;

/**
 * Local mode has no authentication at all. It is refused, naming why, when the environment says production
 * (NODE_ENV=production) or carries a setting only production uses: then MicrosoftAppId was forgotten.
 */
function refuseHalfConfiguredLocalMode(env: Env, problems: Problems): void {
  if (env.NODE_ENV?.trim() === 'production') {
    problems.add(
      'MicrosoftAppId',
      "is required when NODE_ENV=production: without it Svarsvakten would run in local mode, with no authentication. Set it to the bot's Entra app id",
    );
  }
  for (const name of PRODUCTION_ONLY) {
    if (env[name]?.trim()) {
      problems.add(
        'MicrosoftAppId',
        `is empty while ${name} is set: set MicrosoftAppId to the bot's Entra app id, or remove ${name} to run in local mode`,
      );
    }
  }
}

interface AccountFileEntry {
  platform?: unknown;
  id?: unknown;
  name?: unknown;
  signature?: unknown;
  holdingReply?: unknown;
  referralReply?: unknown;
  referralLink?: unknown;
}

function optionalText(
  entry: AccountFileEntry,
  field: keyof AccountFileEntry,
  fallback: string,
  where: string,
  problems: Problems,
): string {
  const value = entry[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(where, `${field} must be a non-empty text`);
    return fallback;
  }
  return value.trim();
}

function timeOfDay(env: Env, name: string, fallback: number, problems: Problems): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes >= 24 * 60) {
    problems.add(name, `must be a time of day like 08:30, got "${raw}"`);
    return fallback;
  }
  return minutes;
}

function durations(env: Env, name: string, fallback: readonly number[], problems: Problems): number[] {
  const raw = env[name]?.trim();
  if (!raw) return [...fallback];
  const minutes = raw.split(',').map((part) => {
    const match = /^(\d+)\s*(h|min)$/.exec(part.trim());
    return match ? Number(match[1]) * (match[2] === 'h' ? 60 : 1) : NaN;
  });
  if (minutes.some((m) => !Number.isFinite(m) || m <= 0)) {
    problems.add(name, `must list durations like "4h,1h" or "90min", got "${raw}"`);
    return [...fallback];
  }
  return minutes;
}

/** Where an account's access token is configured: one variable per account, so each can be a Key Vault reference. */
export function tokenSettingFor(platform: Platform, id: string): string {
  const suffix = id.replace(/[^A-Za-z0-9]/g, '_');
  switch (platform) {
    case 'linkedin':
      return `LINKEDIN_TOKEN_${suffix}`;
    case 'x':
      return `X_USER_TOKEN_${suffix}`;
    case 'youtube':
      return `YOUTUBE_TOKEN_${suffix}`;
    default:
      return `META_PAGE_TOKEN_${suffix}`;
  }
}

function ids(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

function readAccounts(env: Env, local: boolean, problems: Problems): Account[] {
  const file = env.ACCOUNTS_FILE?.trim();
  let entries: AccountFileEntry[];
  if (file) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(parsed)) throw new Error('the file must hold a JSON array');
      entries = parsed as AccountFileEntry[];
    } catch (error) {
      problems.add('ACCOUNTS_FILE', `cannot be read: ${(error as Error).message}`);
      return [];
    }
  } else if (local) {
    entries = [LOCAL_DEFAULTS.account];
  } else {
    problems.add('ACCOUNTS_FILE', 'is required in production (the accounts Svarsvakten serves)');
    return [];
  }
  const accounts: Account[] = [];
  entries.forEach((entry, index) => {
    const where = `ACCOUNTS_FILE[${index}]`;
    if (!isPlatform(entry.platform))
      return problems.add(where, 'platform must be facebook, messenger, instagram, linkedin, x or youtube');
    if (typeof entry.id !== 'string' || !/^[\w.-]+$/.test(entry.id))
      return problems.add(where, 'id is missing');
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      return problems.add(where, 'name is missing');
    const tokenName = tokenSettingFor(entry.platform, entry.id);
    // The built-in demo account publishes to the local Graph stand-in; accounts from a file need their own tokens.
    const token = env[tokenName]?.trim() || (local && !file ? LOCAL_DEFAULTS.pageToken : undefined);
    const templates: ReplyTemplates = {
      signature: optionalText(entry, 'signature', DEFAULT_TEMPLATES.signature, where, problems),
      holdingReply: optionalText(entry, 'holdingReply', DEFAULT_TEMPLATES.holdingReply, where, problems),
      referralReply: optionalText(entry, 'referralReply', DEFAULT_TEMPLATES.referralReply, where, problems),
      referralLink: optionalText(entry, 'referralLink', DEFAULT_TEMPLATES.referralLink, where, problems),
    };
    if (!isValidSignatureFormat(templates.signature)) {
      problems.add(
        where,
        'signature must contain {förnamn} or {namn}: every reply is signed by its writer (P9)',
      );
    }
    accounts.push({
      platform: entry.platform,
      id: entry.id,
      name: entry.name.trim(),
      ...(token ? { accessToken: token } : {}),
      templates,
    });
  });
  return accounts;
}

/** Reads and checks every setting once, at start. Fails naming every missing or wrong variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems = new Problems();
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const local = appId === '';
  if (local) refuseHalfConfiguredLocalMode(env, problems);
  const appTypeRaw = env.MicrosoftAppType?.trim() || 'SingleTenant';
  if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appTypeRaw)) {
    problems.add(
      'MicrosoftAppType',
      `must be MultiTenant, SingleTenant or UserAssignedMSI, got "${appTypeRaw}"`,
    );
  }
  const appType = appTypeRaw as AppType;
  const tenantId = env.MicrosoftAppTenantId?.trim() ?? '';
  const appPassword = env.MicrosoftAppPassword ?? '';
  if (!local) {
    if (!tenantId) {
      problems.add(
        'MicrosoftAppTenantId',
        "is required in production, whatever MicrosoftAppType is: the city's Entra tenant id (a GUID); only that tenant may install the app and act",
      );
    }
    if (appType !== 'UserAssignedMSI' && !appPassword) {
      problems.add('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
    }
  }

  const host = env.HOST?.trim() || (local ? '127.0.0.1' : '0.0.0.0');
  if (local && !LOOPBACK.has(host) && env.ALLOW_LOCAL_MODE_ON_NETWORK !== 'yes') {
    problems.add(
      'HOST',
      `local mode (no MicrosoftAppId) has no authentication and listens on loopback only; "${host}" needs ALLOW_LOCAL_MODE_ON_NETWORK=yes`,
    );
  }

  const secret = env.META_APP_SECRET?.trim() || (local ? LOCAL_DEFAULTS.metaAppSecret : '');
  if (!secret) problems.add('META_APP_SECRET', 'is required in production (it verifies Meta webhooks)');
  const verifyToken = env.META_VERIFY_TOKEN?.trim() || (local ? LOCAL_DEFAULTS.metaVerifyToken : '');
  if (!verifyToken)
    problems.add('META_VERIFY_TOKEN', 'is required in production (Meta subscription handshake)');

  const playgroundRaw = env.PLAYGROUND?.trim().toLowerCase() || (local ? 'on' : 'off');
  if (!['on', 'off'].includes(playgroundRaw))
    problems.add('PLAYGROUND', `must be on or off, got "${playgroundRaw}"`);
  if (!local && playgroundRaw === 'on') problems.add('PLAYGROUND', 'can only be on in local mode');

  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.has(logLevel)) problems.add('LOG_LEVEL', `must be one of ${[...LOG_LEVELS].join(', ')}`);

  const adminIds = ids(env, 'ADMIN_IDS');
  const staffIds = ids(env, 'STAFF_IDS');
  if (!local && adminIds.length === 0) {
    problems.add('ADMIN_IDS', 'is required in production (Entra object ids of who may grant access)');
  }
  const platinaRaw = env.PLATINA_REF_PATTERN?.trim() || '^[A-ZÅÄÖ]{2,6}-\\d{4}-\\d{1,6}$';
  let platinaPattern = /^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/;
  try {
    platinaPattern = new RegExp(platinaRaw);
  } catch {
    problems.add('PLATINA_REF_PATTERN', 'is not a valid regular expression');
  }
  const platinaExample = env.PLATINA_REF_EXAMPLE?.trim() || 'KS-2026-01234';
  if (!platinaPattern.test(platinaExample)) {
    problems.add('PLATINA_REF_EXAMPLE', `"${platinaExample}" does not match PLATINA_REF_PATTERN`);
  }

  const extraClosedDays = ids(env, 'EXTRA_CLOSED_DAYS');
  for (const day of extraClosedDays) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      problems.add('EXTRA_CLOSED_DAYS', `"${day}" is not a date like 2026-05-15`);
  }
  const halfDays = env.HALF_DAYS_CLOSED?.trim().toLowerCase() || 'no';
  if (!['yes', 'no'].includes(halfDays)) problems.add('HALF_DAYS_CLOSED', 'must be yes or no');
  const calendar = { extraClosedDays, halfDaysClosed: halfDays === 'yes' };
  const officeRaw = env.OFFICE_HOURS?.trim() || '08:00-17:00';
  const office = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(officeRaw);
  const officeStart = timeOfDay({ OFFICE_HOURS: office?.[1] }, 'OFFICE_HOURS', NaN, problems);
  const officeEnd = timeOfDay({ OFFICE_HOURS: office?.[2] }, 'OFFICE_HOURS', NaN, problems);
  if (!office || !(officeStart < officeEnd))
    problems.add('OFFICE_HOURS', `must be like 08:00-17:00, got "${officeRaw}"`);
  const teamLeads = ids(env, 'TEAM_LEADS').map((entry) => {
    const [id, ...name] = entry.split(':');
    if (!id || name.length === 0) problems.add('TEAM_LEADS', `"${entry}" must be <Entra object id>:<name>`);
    return { id: id ?? '', name: name.join(':').trim() };
  });

  const cardLanguage = env.CARD_LANGUAGE?.trim().toLowerCase() || (local ? 'sv' : 'auto');
  if (!['auto', 'sv', 'en'].includes(cardLanguage)) problems.add('CARD_LANGUAGE', 'must be auto, sv or en');

  const config: Config = {
    mode: local ? 'local' : 'production',
    port: int(env, 'PORT', 3978, problems),
    host,
    bot: { appId, appPassword, appType, tenantId },
    storage: {
      connectionString: env.TABLES_CONNECTION_STRING?.trim() || undefined,
      azuritePort: int(env, 'AZURITE_PORT', 10002, problems),
      dataDir: env.DATA_DIR?.trim() || '.data',
      tablePrefix: env.TABLE_PREFIX?.trim() ?? '',
    },
    playground: {
      enabled: local && playgroundRaw === 'on',
      port: int(env, 'PLAYGROUND_PORT', 56150, problems),
    },
    meta: {
      appSecret: secret,
      verifyToken,
      graphUrl: url(
        env,
        'META_GRAPH_URL',
        local ? LOCAL_DEFAULTS.graphStandInUrl : 'https://graph.facebook.com',
        problems,
        !local,
      ),
      graphVersion: env.META_GRAPH_VERSION?.trim() || 'v24.0',
    },
    linkedin: {
      clientSecret: env.LINKEDIN_CLIENT_SECRET?.trim() || (local ? LOCAL_DEFAULTS.linkedinClientSecret : ''),
      apiUrl: url(env, 'LINKEDIN_API_URL', 'https://api.linkedin.com', problems, !local),
      version: env.LINKEDIN_VERSION?.trim() || '202611',
    },
    x: {
      consumerSecret: env.X_CONSUMER_SECRET?.trim() || (local ? LOCAL_DEFAULTS.xConsumerSecret : ''),
      apiUrl: url(env, 'X_API_URL', 'https://api.x.com', problems, !local),
      pollIntervalMs: int(env, 'X_POLL_INTERVAL_MS', 120_000, problems, 0, 86_400_000),
    },
    youtube: {
      apiUrl: url(env, 'YOUTUBE_API_URL', 'https://www.googleapis.com', problems, !local),
      pollIntervalMs: int(env, 'YOUTUBE_POLL_INTERVAL_MS', 300_000, problems, 0, 86_400_000),
    },
    accounts: readAccounts(env, local, problems),
    access: {
      adminIds,
      staffIds,
      contactCentreIds: ids(env, 'CONTACT_CENTRE_IDS'),
      open: local && adminIds.length === 0 && staffIds.length === 0,
    },
    platina: { pattern: platinaPattern, example: platinaExample },
    deadline: {
      ...calendar,
      answerWithinHours: int(
        env,
        'DEADLINE_HOURS',
        DEFAULT_DEADLINE_POLICY.answerWithinHours,
        problems,
        1,
        240,
      ),
      nextWorkingDayHour: int(
        env,
        'DEADLINE_NEXT_WORKING_DAY_HOUR',
        DEFAULT_DEADLINE_POLICY.nextWorkingDayHour,
        problems,
        0,
        23,
      ),
    },
    reminders: {
      ...calendar,
      officeStart: Number.isFinite(officeStart) ? officeStart : DEFAULT_REMINDER_POLICY.officeStart,
      officeEnd: Number.isFinite(officeEnd) ? officeEnd : DEFAULT_REMINDER_POLICY.officeEnd,
      beforeDeadline: durations(
        env,
        'REMINDERS_BEFORE_DEADLINE',
        DEFAULT_REMINDER_POLICY.beforeDeadline,
        problems,
      ),
      soonHours: int(env, 'SOON_HOURS', DEFAULT_REMINDER_POLICY.soonHours, problems, 1, 48),
      followUpTime: timeOfDay(env, 'FOLLOW_UP_TIME', DEFAULT_REMINDER_POLICY.followUpTime, problems),
      dailyOverviewTime: timeOfDay(
        env,
        'DAILY_OVERVIEW_TIME',
        DEFAULT_REMINDER_POLICY.dailyOverviewTime,
        problems,
      ),
    },
    teamLeads,
    reminderIntervalMs: int(env, 'REMINDER_INTERVAL_MS', 30_000, problems, 100, 3_600_000),
    cardLanguage: cardLanguage as Config['cardLanguage'],
    webhookMaxBytes: int(env, 'WEBHOOK_MAX_BYTES', 1_048_576, problems, 1024, 50_000_000),
    outboxIntervalMs: int(env, 'OUTBOX_INTERVAL_MS', 5000, problems, 100, 3_600_000),
    platformTimeoutMs: int(env, 'PLATFORM_TIMEOUT_MS', 10_000, problems, 100, 120_000),
    logLevel,
    tab: {
      publicUrl: env.PUBLIC_URL?.trim() ? url(env, 'PUBLIC_URL', '', problems) : undefined,
      jwksUrl: url(
        env,
        'ENTRA_JWKS_URL',
        `https://login.microsoftonline.com/${tenantId || 'common'}/discovery/v2.0/keys`,
        problems,
        !local,
      ),
    },
    telemetryConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim() || undefined,
    teamsPacing: (env.TEAMS_PACING?.trim() || 'on') as Config['teamsPacing'],
    storms: {
      threshold: int(env, 'STORM_THRESHOLD', 10, problems, 0, 10_000),
      windowMinutes: int(env, 'STORM_WINDOW_MINUTES', 10, problems, 1, 1440),
    },
    retention: {
      days: int(env, 'RETENTION_DAYS', 0, problems, 0, 36_500),
      intervalMs: int(env, 'RETENTION_INTERVAL_MS', 3_600_000, problems, 1000, 86_400_000),
    },
  };
  if (!local && !config.linkedin.clientSecret && config.accounts.some((a) => a.platform === 'linkedin')) {
    problems.add(
      'LINKEDIN_CLIENT_SECRET',
      'is required when a LinkedIn account is configured (it verifies webhooks)',
    );
  }
  if (!local && !config.x.consumerSecret && config.accounts.some((a) => a.platform === 'x')) {
    problems.add('X_CONSUMER_SECRET', 'is required when an X account is configured (it verifies webhooks)');
  }
  if (!['on', 'off'].includes(config.teamsPacing)) problems.add('TEAMS_PACING', 'must be on or off');
  if (!local && config.teamsPacing === 'off') {
    problems.add(
      'TEAMS_PACING',
      'can only be off in local mode: Teams throttles a bot that ignores its limits',
    );
  }
  if (config.retention.days > 0 && config.retention.days < 30) {
    problems.add(
      'RETENTION_DAYS',
      'must be 0 (keep) or at least 30 days: a comment must outlive its handling',
    );
  }
  if (!/^\d{6}$/.test(config.linkedin.version))
    problems.add('LINKEDIN_VERSION', 'must be YYYYMM, e.g. 202611');
  if (config.storage.tablePrefix && !/^[A-Za-z][A-Za-z0-9]{0,29}$/.test(config.storage.tablePrefix)) {
    problems.add('TABLE_PREFIX', 'must be letters and digits, starting with a letter, at most 30');
  }
  if (!local && !config.storage.connectionString) {
    problems.add('TABLES_CONNECTION_STRING', 'is required in production (the Azure Storage account)');
  }
  if (problems.list.length > 0) {
    throw new AppError('config_invalid', `Configuration is invalid:\n  - ${problems.list.join('\n  - ')}`);
  }
  return Object.freeze(config);
}
