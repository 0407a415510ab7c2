import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Config } from '../config';
import { errorSummary, type Logger } from '../logger';

/**
 * The Bot Framework adapter. With MicrosoftAppId set it checks every request's JWT and signs every outgoing call;
 * in local mode (no app id) both are off, as the Agents Playground expects.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.mode === 'local' ? 'MultiTenant' : config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context, error) => {
    logger.error(
      {
        event: 'teams.turn.error',
        activityType: context.activity.type,
        error: errorSummary(error),
      },
      'unhandled error in a Teams turn',
    );
  };
  return adapter;
}
