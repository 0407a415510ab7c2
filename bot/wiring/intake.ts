import { LinkedInIntrospection } from '../../services/adapters/platforms/linkedin-introspection';
import { MetaSubscriptions } from '../../services/adapters/platforms/meta-subscriptions';
import type { Clock, PollerStateStore, Scheduler } from '../../services/ports/index';
import type { Platform } from '../../services/domain/platform';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Config } from '../config/config-shape';
import { AccountActivity } from '../../services/app/accounts/account-activity';
import type { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { IntakeWatch } from '../../services/app/accounts/intake-watch';
import type { Logger } from './logger';

/**
 * Intake watched from inside, part of the composition root: what reaches each account (AccountActivity, told by
 * the ingester and the readers) and the watch that checks Meta's webhook subscriptions and fixed LinkedIn tokens'
 * ends daily and notices an account gone quiet, every INTAKE_CHECK_INTERVAL_MS.
 */
export function wireIntake(
  config: Config,
  deps: {
    readonly state: PollerStateStore;
    readonly accounts: AccountDirectory;
    readonly tokens: { tokenFor(platform: Platform, accountId: string): Promise<string | undefined> };
    readonly notice: AdminNoticeOnce;
    readonly clock: Clock;
    readonly logger: Logger;
    readonly schedule: Scheduler;
  },
): { readonly activity: AccountActivity; readonly intakeWatch: IntakeWatch } {
  const activity = new AccountActivity({ state: deps.state, clock: deps.clock });
  const subscriptions = new MetaSubscriptions({
    graphUrl: config.platforms.META_GRAPH_URL,
    graphVersion: config.platforms.META_GRAPH_VERSION,
    timeoutMs: config.platformTimeoutMs,
    appId: config.platforms.META_APP_ID,
  });
  const linkedin = config.credentials.clients.linkedin;
  const intakeWatch = new IntakeWatch({
    ...deps,
    ...(linkedin
      ? {
          linkedinEnds: new LinkedInIntrospection({
            introspectUrl: new URL('introspectToken', linkedin.tokenUrl).toString(),
            clientId: linkedin.clientId,
            clientSecret: linkedin.clientSecret,
            timeoutMs: config.platformTimeoutMs,
          }),
        }
      : {}),
    activity,
    subscriptions,
    policy: config.reminders,
    quietMaxHours: config.intake.quietMaxHours,
    intervalMs: config.intake.checkIntervalMs,
  });
  return { activity, intakeWatch };
}
