import type { AccessSettings } from '../../services/app/access/access-control';
import type { CityPlaces } from '../../services/domain/city-places';
import type { DeadlinePolicy } from '../../services/domain/deadline';
import type { ReminderPolicy } from '../../services/domain/reminder-plan';
import type { Account } from '../../services/domain/account';
import type { SettingValues } from './settings/catalogue';
import type { PLATFORM_SETTINGS } from './settings/platform-settings';

/** The platforms' settings, each as its reader typed it. */
export type PlatformSettingValues = Pick<SettingValues, keyof typeof PLATFORM_SETTINGS & keyof SettingValues>;

/** A platform's OAuth 2.0 client, which renews its accounts' tokens. */
export interface OAuthClientSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokenUrl: string;
  /** The consent page an admin is sent to by Anslut konto. */
  readonly authorizeUrl: string;
}

/** Every setting Svarsvakten runs on, as loadConfig checked it: typed, frozen, the only view of the environment. */
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
    /** The embedded Azurite's Blob service (media copies). */
    readonly azuriteBlobPort: number;
    readonly dataDir: string;
    /** Put before every table name, so several environments can share one storage account. */
    readonly tablePrefix: string;
  };
  readonly playground: { readonly enabled: boolean; readonly port: number };
  /** Each platform's settings as read (bot/config/settings/platform-settings.ts): its registry entry reads its own. */
  readonly platforms: PlatformSettingValues;
  /** Intake watched from inside: how often, and the longest an account may be quiet (office hours). */
  readonly intake: { readonly checkIntervalMs: number; readonly quietMaxHours: number };
  readonly accounts: readonly Account[];
  /** Renewed credentials: the OAuth clients that renew tokens, and the keys they are sealed with at rest. */
  readonly credentials: {
    readonly key: string;
    readonly previousKey: string;
    readonly checkIntervalMs: number;
    readonly clients: {
      readonly youtube?: OAuthClientSettings;
      readonly x?: OAuthClientSettings;
      readonly linkedin?: OAuthClientSettings;
    };
  };
  readonly access: AccessSettings;
  /** The city's own places, linked from the daily overview and the tab where set. */
  readonly places: CityPlaces;
  /** Residents answering each other: suggested for closing, or closed on arrival (RESIDENT_REPLIES). */
  readonly residentReplies: 'suggest' | 'close';
  readonly platina: { readonly pattern: RegExp; readonly example: string };
  readonly deadline: DeadlinePolicy;
  readonly reminders: ReminderPolicy;
  /** Mentioned with the holder when a comment passes its deadline. */
  readonly teamLeads: readonly { readonly id: string; readonly name: string }[];
  readonly reminderIntervalMs: number;
  /** Claims that do not rot, and promises that are kept (P4). */
  readonly teamwork: { readonly claimIdleHours: number; readonly promiseEscalationDays: number };
  /** 'auto': each person's card in their Teams language (Swedish, or English for English locales). */
  readonly cardLanguage: 'auto' | 'sv' | 'en';
  readonly webhookMaxBytes: number;
  /** Load shedding for the webhooks. */
  /** Webhook bodies not yet verified: the time each may take and how many are read at once. */
  readonly unverified: {
    readonly bodyTimeoutMs: number;
    readonly total: number;
    readonly perClient: number;
    readonly trustedProxies: number;
  };
  readonly shedding: {
    readonly maxInFlight: number;
    readonly maxLoopDelayMs: number;
    readonly retryAfterSeconds: number;
    readonly targetAckMs: number;
  };
  /** How long a call to a platform may take before it counts as unanswered (and its outcome as unknown). */
  readonly platformTimeoutMs: number;
  readonly outboxIntervalMs: number;
  /** How often the overview's figures look for changes not yet counted (services/app/overview/figure-keeper.ts). */
  readonly figuresIntervalMs: number;
  /** How often held webhook deliveries left by a crash or a failure are looked for. */
  readonly inboxIntervalMs: number;
  readonly logLevel: string;
  readonly tab: {
    /** The Entra app registration its single sign-on tokens are issued for (TAB_APP_ID; the bot's app by default). */
    readonly appId: string;
    /** The Teams app's id (TEAMS_APP_ID): links from a card into the tab name it. */
    readonly teamsAppId: string;
    /** Where the bot is reached from outside (the tab's origin, in the single sign-on audience); optional. */
    readonly publicUrl: string | undefined;
    /** Microsoft Entra ID's signing keys for the tab's single sign-on tokens. */
    readonly jwksUrl: string;
  };
  /** Microsoft Graph, reached as the tab's app: the look for a card after an ambiguous failure, the registry mail. */
  readonly graph: {
    readonly access: 'off' | 'secret' | 'federated';
    readonly appId: string;
    readonly appSecret: string;
    /** The managed identity whose token is the federated credential (`federated`). */
    readonly managedIdentityClientId: string | undefined;
    readonly url: string;
    readonly loginUrl: string;
    readonly registryMailTo: string | undefined;
    readonly registryMailFrom: string | undefined;
  };
  /** The records plan: handled comments lose the resident's text and details after `days` (0: kept). */
  readonly retention: {
    readonly days: number;
    readonly unclosedDays: number;
    readonly intervalMs: number;
    /** The key of the keyed ids the records plan gives a purged comment (services/domain/keyed-id.ts). */
    readonly key: string;
    /** The records officer's written word that the city archives by other means: the purge waits for no package. */
    readonly archivedByOtherMeans: boolean;
  };
  /** The months an archiving period ends with; the admins are reminded the day after. */
  readonly archiveMonths: readonly number[];
  /** Comment storms: more than `threshold` comments on one post within `windowMinutes` share one thread. */
  readonly storms: { readonly threshold: number; readonly windowMinutes: number };
  /** 'on': every send to Teams is paced to Teams' limits. 'off' only against a local connector (the benchmark). */
  readonly teamsPacing: 'on' | 'off';
  /** Application Insights, for OpenTelemetry export; off when empty. */
  readonly telemetryConnectionString: string | undefined;
}
