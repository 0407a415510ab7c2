import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';

/**
 * The CloudAdapter, taking an activity that was already read and parsed within bounds. Its own `process` wants a
 * body parser in front of authentication, and prints a stack trace for every request that fails it.
 */
export class ParsedActivityAdapter extends CloudAdapter {
  processParsed(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
import type { Config } from '../config/config-shape';
import { errorSummary } from '../../services/domain/log-values';
import { type Logger } from '../wiring/logger';

/**
 * The Bot Framework adapter. With MicrosoftAppId set it checks every request's JWT and signs every outgoing call;
 * in local mode (no app id) both are off, as the Agents Playground expects.
 */
export function createAdapter(config: Config, logger: Logger): ParsedActivityAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.mode === 'local' ? 'MultiTenant' : config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  const adapter = new ParsedActivityAdapter(new ConfigurationBotFrameworkAuthentication(options));
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
