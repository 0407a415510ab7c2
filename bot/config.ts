import { AppError } from '../services/domain/app-error';
import { DEFAULT_DEADLINE_POLICY } from '../services/domain/deadline';
import { DEFAULT_REMINDER_POLICY } from '../services/domain/reminder-plan';
import { readAccounts } from './config/accounts-file';
import { LOCAL_DEFAULTS } from './config/local-defaults';
import { refuseHalfConfiguredLocalMode } from './config/local-mode-guard';
import { Problems, type Env } from './config/problems';
import { durations, ids, int, timeOfDay, url } from './config/setting-readers';

import type { AppType, Config } from './config/config-shape';

export type { Account } from './config/accounts-file';
export type { AppType, Config } from './config/config-shape';
export { tokenSettingFor } from './config/accounts-file';
export { LOCAL_DEFAULTS } from './config/local-defaults';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

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
