import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../config/config-shape';

/** Microsoft Entra ID's sign-in for the Bot Framework, and the audience its tokens are for. */
const LOGIN = 'https://login.microsoftonline.com';
const AUDIENCE = 'https://api.botframework.com';

/**
 * Whether the bot can sign in as itself (client secret, or its managed identity): a Bot Framework token is asked
 * for once, as every card's post would. Local mode has no identity to check. Throws with Entra's refusal.
 */
export async function checkBotIdentity(config: Config): Promise<'local' | 'signed_in'> {
  if (config.mode === 'local') return 'local';
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const credentials = (await factory.createCredentials(
    config.bot.appId,
    AUDIENCE,
    `${LOGIN}/${config.bot.tenantId || 'botframework.com'}`,
    true,
  )) as unknown as { getToken(forceRefresh?: boolean): Promise<string> };
  await credentials.getToken(true);
  return 'signed_in';
}
