import { AppError } from '../../services/domain/app-error';
import { readAccounts } from './accounts-file';
import { type Account } from '../../services/domain/account';
import { deepFreeze } from './deep-freeze';
import { refuseHalfConfiguredLocalMode } from './local-mode-guard';
import { Problems, type Env } from './problems';
import { readSettings, type SettingValues } from './settings/catalogue';
import { readCredentialSettings } from './credential-clients';

import type { Config, PlatformSettingValues } from './config-shape';
import { PLATFORM_SETTINGS } from './settings/platform-settings';

/** The platforms' settings, for their registry entries. */
function platformValues(v: SettingValues): PlatformSettingValues {
  return Object.fromEntries(
    Object.keys(PLATFORM_SETTINGS)
      .filter((name) => name in v)
      .map((name) => [name, v[name as keyof SettingValues]]),
  ) as unknown as PlatformSettingValues;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Checks across settings, which no single setting's reader can make. */
function checkTogether(
  v: SettingValues,
  local: boolean,
  accounts: readonly Account[],
  problems: Problems,
): void {
  if (!local) {
    if (v.MicrosoftAppType !== 'UserAssignedMSI' && !v.MicrosoftAppPassword) {
      problems.add('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
    }
    if (v.PLAYGROUND === 'on') problems.add('PLAYGROUND', 'can only be on in local mode');
    if (v.TEAMS_PACING === 'off') {
      problems.add(
        'TEAMS_PACING',
        'can only be off in local mode: Teams throttles a bot that ignores its limits',
      );
    }
    if (v.RETENTION_KEY && v.RETENTION_KEY.length < 32) {
      problems.add('RETENTION_KEY', 'must be at least 32 characters: a key others cannot guess');
    }
    if (!v.LINKEDIN_CLIENT_SECRET && accounts.some((a) => a.platform === 'linkedin')) {
      problems.add(
        'LINKEDIN_CLIENT_SECRET',
        'is required when a LinkedIn account is configured (it verifies webhooks)',
      );
    }
    if (!v.TOKEN_KEY && (v.GOOGLE_CLIENT_ID || v.X_CLIENT_ID || v.LINKEDIN_CLIENT_ID)) {
      problems.add('TOKEN_KEY', 'is required when an OAuth client is configured (it seals renewed tokens)');
    }
    if (!v.X_CONSUMER_SECRET && v.X_WEBHOOK === 'on') {
      problems.add(
        'X_CONSUMER_SECRET',
        'is required when X_WEBHOOK is on (it answers the CRC check and verifies deliveries)',
      );
    }
  }
  if (local && !LOOPBACK.has(v.HOST) && !v.ALLOW_LOCAL_MODE_ON_NETWORK) {
    problems.add(
      'HOST',
      `local mode (no MicrosoftAppId) has no authentication and listens on loopback only; "${v.HOST}" needs ALLOW_LOCAL_MODE_ON_NETWORK=yes`,
    );
  }
  if (!v.PLATINA_REF_PATTERN.test(v.PLATINA_REF_EXAMPLE)) {
    problems.add('PLATINA_REF_EXAMPLE', `"${v.PLATINA_REF_EXAMPLE}" does not match PLATINA_REF_PATTERN`);
  }
  if (v.GRAPH_ACCESS === 'secret' && !v.TAB_APP_SECRET)
    problems.add('TAB_APP_SECRET', 'is required when GRAPH_ACCESS=secret');
  if (v.GRAPH_ACCESS !== 'off' && !v.TAB_APP_ID)
    problems.add('TAB_APP_ID', 'is required when GRAPH_ACCESS is on: Graph is reached as the tab’s app');
  if (v.REGISTRY_MAIL_TO && v.GRAPH_ACCESS === 'off')
    problems.add('REGISTRY_MAIL_TO', 'needs GRAPH_ACCESS: the document is sent through Microsoft Graph');
  if (v.REGISTRY_MAIL_TO && !v.REGISTRY_MAIL_FROM)
    problems.add(
      'REGISTRY_MAIL_FROM',
      'is required with REGISTRY_MAIL_TO: the mailbox the documents are sent from',
    );
  const retentionDays = v.RETENTION_DAYS ?? 0;
  if (retentionDays > 0 && retentionDays < 30) {
    problems.add(
      'RETENTION_DAYS',
      'must be 0 (keep) or at least 30 days: a comment must outlive its handling',
    );
  }
}

/**
 * Reads and checks every setting once, at start, through the settings catalogue (`bot/config/settings/`). Fails
 * naming every missing or wrong variable. The result is frozen all the way down.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems = new Problems();
  const local = !env.MicrosoftAppId?.trim();
  if (local) refuseHalfConfiguredLocalMode(env, problems);
  const v = readSettings(env, local, problems);
  const accounts = readAccounts(env, local, problems);
  checkTogether(v, local, accounts, problems);
  const calendar = { extraClosedDays: v.EXTRA_CLOSED_DAYS, halfDaysClosed: v.HALF_DAYS_CLOSED };
  const config: Config = {
    mode: local ? 'local' : 'production',
    port: v.PORT,
    host: v.HOST,
    bot: {
      appId: v.MicrosoftAppId,
      appPassword: v.MicrosoftAppPassword,
      appType: v.MicrosoftAppType,
      tenantId: v.MicrosoftAppTenantId,
    },
    storage: {
      connectionString: v.TABLES_CONNECTION_STRING,
      azuritePort: v.AZURITE_PORT,
      dataDir: v.DATA_DIR,
      tablePrefix: v.TABLE_PREFIX,
      azuriteBlobPort: v.AZURITE_BLOB_PORT,
    },
    playground: { enabled: local && v.PLAYGROUND === 'on', port: v.PLAYGROUND_PORT },
    platforms: platformValues(v),
    intake: { checkIntervalMs: v.INTAKE_CHECK_INTERVAL_MS, quietMaxHours: v.QUIET_ACCOUNT_MAX_HOURS },
    accounts,
    credentials: readCredentialSettings(v, accounts, problems),
    access: {
      adminIds: v.ADMIN_IDS,
      staffIds: v.STAFF_IDS,
      contactCentreIds: v.CONTACT_CENTRE_IDS,
      open: local && v.ADMIN_IDS.length === 0 && v.STAFF_IDS.length === 0,
      training: { url: v.TRAINING_URL, contact: v.TRAINING_CONTACT },
    },
    places: { planningCalendar: v.PLANNING_CALENDAR_URL, toneGuidance: v.TONE_GUIDANCE_URL },
    residentReplies: v.RESIDENT_REPLIES,
    platina: { pattern: v.PLATINA_REF_PATTERN, example: v.PLATINA_REF_EXAMPLE },
    deadline: {
      ...calendar,
      answerWithinHours: v.DEADLINE_HOURS,
      nextWorkingDayHour: v.DEADLINE_NEXT_WORKING_DAY_HOUR,
    },
    reminders: {
      ...calendar,
      officeStart: v.OFFICE_HOURS.start,
      officeEnd: v.OFFICE_HOURS.end,
      beforeDeadline: v.REMINDERS_BEFORE_DEADLINE,
      soonHours: v.SOON_HOURS,
      followUpTime: v.FOLLOW_UP_TIME,
      dailyOverviewTime: v.DAILY_OVERVIEW_TIME,
    },
    teamLeads: v.TEAM_LEADS,
    reminderIntervalMs: v.REMINDER_INTERVAL_MS,
    teamwork: { claimIdleHours: v.CLAIM_IDLE_HOURS, promiseEscalationDays: v.PROMISE_ESCALATION_DAYS },
    cardLanguage: v.CARD_LANGUAGE,
    webhookMaxBytes: v.WEBHOOK_MAX_BYTES,
    unverified: {
      bodyTimeoutMs: v.WEBHOOK_BODY_TIMEOUT_MS,
      total: v.WEBHOOK_MAX_UNVERIFIED,
      perClient: v.WEBHOOK_MAX_UNVERIFIED_PER_CLIENT,
      trustedProxies: v.WEBHOOK_TRUSTED_PROXIES,
    },
    shedding: {
      maxInFlight: v.WEBHOOK_MAX_IN_FLIGHT,
      maxLoopDelayMs: v.WEBHOOK_MAX_LOOP_DELAY_MS,
      retryAfterSeconds: v.WEBHOOK_RETRY_AFTER_SECONDS,
      targetAckMs: v.WEBHOOK_TARGET_ACK_MS,
    },
    outboxIntervalMs: v.OUTBOX_INTERVAL_MS,
    figuresIntervalMs: v.FIGURES_INTERVAL_MS,
    inboxIntervalMs: v.INBOX_INTERVAL_MS,
    platformTimeoutMs: v.PLATFORM_TIMEOUT_MS,
    logLevel: v.LOG_LEVEL,
    tab: {
      appId: v.TAB_APP_ID,
      teamsAppId: v.TEAMS_APP_ID,
      publicUrl: v.PUBLIC_URL,
      jwksUrl: v.ENTRA_JWKS_URL,
    },
    graph: {
      access: v.GRAPH_ACCESS,
      appId: v.TAB_APP_ID,
      appSecret: v.TAB_APP_SECRET,
      managedIdentityClientId: v.AZURE_CLIENT_ID,
      url: v.GRAPH_URL,
      loginUrl: v.ENTRA_LOGIN_URL,
      registryMailTo: v.REGISTRY_MAIL_TO,
      registryMailFrom: v.REGISTRY_MAIL_FROM,
    },
    telemetryConnectionString: v.APPLICATIONINSIGHTS_CONNECTION_STRING,
    teamsPacing: v.TEAMS_PACING,
    storms: { threshold: v.STORM_THRESHOLD, windowMinutes: v.STORM_WINDOW_MINUTES },
    retention: {
      days: v.RETENTION_DAYS ?? 0,
      unclosedDays: v.RETENTION_UNCLOSED_DAYS,
      intervalMs: v.RETENTION_INTERVAL_MS,
      key: v.RETENTION_KEY,
      archivedByOtherMeans: v.ARCHIVED_BY_OTHER_MEANS === 'yes',
    },
    archiveMonths: v.ARCHIVE_MONTHS,
  };
  if (problems.list.length > 0) {
    throw new AppError('config_invalid', `Configuration is invalid:\n  - ${problems.list.join('\n  - ')}`);
  }
  return deepFreeze(config);
}
